import { describe, expect, it } from "vitest";
import { collectivitePlaces } from "@/lib/page-data/map-places";
import type { CollectiviteDetail, CollectivitePartner, CollectiviteProject } from "@/lib/page-data/collectivite";

const self = {
  id: 1,
  slug: "lyon",
  name: "Lyon",
  side: "french",
  countryCode: "FR",
  countryName: "France",
  countryLabel: null,
  kind: "commune",
  officialCode: "69123",
  departementCode: "69",
  regionCode: "84",
  regionName: "Auvergne-Rhône-Alpes",
  lat: 45.76,
  lon: 4.83,
  precision: "exact",
  geoSource: "override",
  geoAdmin1: null,
  geoAmbiguous: true,
  geoAlternatives: [],
  spellings: [],
  partnershipCount: 2,
} satisfies CollectiviteDetail;
const project = {
  slug: "p1",
  title: "Projet 1",
  startYear: 2020,
  status: null,
  role: "lead",
  countries: [],
} satisfies CollectiviteProject;
const partner = (id: number, over: Partial<CollectivitePartner> = {}): CollectivitePartner => ({
  id,
  slug: `c-${id}`,
  name: `Ville ${id}`,
  role: "foreign",
  countryCode: "IT",
  countryName: null,
  lat: 45,
  lon: 7,
  precision: "fuzzy",
  ambiguous: false,
  projects: [{ slug: "p1", title: "Projet 1" }],
  ...over,
});

describe("the collectivité page's map", () => {
  it("places the collectivité with all its projects first, then its placed partners on their side", () => {
    const places = collectivitePlaces(
      self,
      [project],
      [partner(2), partner(3, { precision: "none" }), partner(4, { role: "french", countryCode: "FR" })],
    );
    expect(places.map((p) => [p.id, p.side, p.ambiguous, p.countryName])).toEqual([
      [1, "french", true, "France"],
      [2, "foreign", false, ""],
      [4, "french", false, ""],
    ]);
    expect(places[0].projects).toEqual([{ slug: "p1", title: "Projet 1" }]);
  });

  it("draws a foreign collectivité on the foreign side", () => {
    expect(collectivitePlaces({ ...self, side: "foreign" }, [], [])[0].side).toBe("foreign");
  });
});
