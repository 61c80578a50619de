import { describe, expect, it } from "vitest";
import { countrySearchHref } from "@/components/country/country-links";
import { countryPlaces } from "@/lib/page-data/map-places";
import type { CountryPartner } from "@/lib/page-data/country";

const partner = (id: number, over: Partial<CountryPartner> = {}): CountryPartner => ({
  id,
  slug: `c-${id}`,
  name: `Ville ${id}`,
  lat: 14.7,
  lon: -17.4,
  precision: "exact",
  ambiguous: false,
  projectCount: 1,
  projects: [{ slug: "p", title: "P" }],
  frenchPartners: [],
  ...over,
});

describe("the country page's reshaping", () => {
  it("links to the search of the country's projects, narrowed when asked", () => {
    expect(countrySearchHref("SN")).toBe("/projets?country=SN");
    expect(countrySearchHref("SN", { thematic: [4] })).toMatch(/^\/projets\?(?=.*country=SN)(?=.*thematic=4)/);
  });

  it("maps the placed partners as foreign places of the country, under the page's country name", () => {
    const places = countryPlaces(
      [partner(1), partner(2, { precision: "none" }), partner(3, { lat: null })],
      "SN",
      "Sénégal",
    );
    expect(places).toEqual([
      {
        id: 1,
        slug: "c-1",
        name: "Ville 1",
        countryCode: "SN",
        countryName: "Sénégal",
        side: "foreign",
        lat: 14.7,
        lon: -17.4,
        precision: "exact",
        ambiguous: false,
        projects: [{ slug: "p", title: "P" }],
      },
    ]);
  });
});
