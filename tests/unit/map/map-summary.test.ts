import { describe, expect, it } from "vitest";
import { mapSummary, zoomCountries } from "@/components/map/map-summary";
import type { MapPlace } from "@/lib/domain/map-place";

const place = (id: number, side: MapPlace["side"], slugs: string[]): MapPlace => ({
  id, slug: `c-${id}`, name: `C ${id}`, countryCode: "IT", countryName: "Italie", side, lat: 0, lon: 0, precision: "exact",
  ambiguous: false, projects: slugs.map((slug) => ({ slug, title: slug })),
});

describe("the map page's summary", () => {
  it("counts places by side and each project once", () => {
    expect(mapSummary([place(1, "foreign", ["a", "b"]), place(2, "french", ["a"]), place(3, "foreign", ["b"])]))
      .toBe("3 lieux · 2 partenaires étrangers · 1 collectivité française · 2 projets");
    expect(mapSummary([])).toBe("0 lieu · 0 partenaire étranger · 0 collectivité française · 0 projet");
  });

  it("orders the countries by French name and keeps a chosen country that no project matches", () => {
    const facet = [{ value: "SN", label: "Sénégal", count: 2 }, { value: "DE", label: "Allemagne", count: 1 }, { value: "EG", label: "Égypte", count: 1 }];
    expect(zoomCountries(facet, "").map((c) => c.value)).toEqual(["DE", "EG", "SN"]);
    expect(zoomCountries(facet, "JP")[0]).toEqual({ value: "JP", label: "JP", count: 0 });
    expect(zoomCountries(facet, "SN")).toHaveLength(3);
  });
});
