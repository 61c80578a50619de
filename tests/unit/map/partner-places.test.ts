import { describe, expect, it } from "vitest";
import { partnerCount, partnerPlaces, type PartnerWithPlace } from "@/components/project/partner-places";

const partner = (id: number, over: Partial<PartnerWithPlace["collectivite"]> = {}): PartnerWithPlace => ({
  role: "foreign",
  collectivite: {
    id,
    slug: `c-${id}`,
    displayName: `Ville ${id}`,
    countryCode: "IT",
    countryLabel: "Italie (écrit)",
    side: "foreign",
    lat: 45,
    lon: 7,
    precision: "exact",
    geoAmbiguous: false,
    ...over,
  },
});

describe("a project's partners on its mini-map", () => {
  const project = {
    slug: "p",
    title: "Projet",
    partners: [
      partner(1, { side: "french", countryCode: "FR" }),
      partner(2),
      partner(2),
      partner(3, { lat: null }),
      partner(4, { countryCode: "", countryLabel: "Atlantide" }),
    ],
  };

  it("places each collectivité once, with the project, and leaves out those without a position", () => {
    const places = partnerPlaces(project, "fr");
    expect(places.map((p) => [p.id, p.side, p.countryName])).toEqual([
      [1, "french", "France"],
      [2, "foreign", "Italie"],
      [4, "foreign", "Atlantide"],
    ]);
    expect(places[0].projects).toEqual([{ slug: "p", title: "Projet" }]);
  });

  it("counts the different collectivités named, placed or not", () => {
    expect(partnerCount(project)).toBe(4);
  });
});
