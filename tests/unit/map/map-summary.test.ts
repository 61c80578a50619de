import { describe, expect, it } from "vitest";
import { mapSummary, zoomCountries } from "@/components/map/map-summary";
import type { MapPoint } from "@/lib/domain/map-place";

const place = (id: number, side: MapPoint["side"]): MapPoint => ({
  id,
  slug: `c-${id}`,
  name: `C ${id}`,
  countryCode: "IT",
  countryName: "Italie",
  side,
  lat: 0,
  lon: 0,
  precision: "exact",
  ambiguous: false,
  projectCount: 1,
});

describe("the map page's summary", () => {
  it("counts places by side, and the projects as the query counted them", () => {
    expect(mapSummary([place(1, "foreign"), place(2, "french"), place(3, "foreign")], 2)).toBe(
      "3 lieux · 2 partenaires étrangers · 1 collectivité française · 2 projets",
    );
    expect(mapSummary([], 0)).toBe("0 lieu · 0 partenaire étranger · 0 collectivité française · 0 projet");
  });

  it("orders the countries by French name and keeps a chosen country that no project matches", () => {
    const facet = [
      { value: "SN", label: "Sénégal", count: 2 },
      { value: "DE", label: "Allemagne", count: 1 },
      { value: "EG", label: "Égypte", count: 1 },
    ];
    expect(zoomCountries(facet, "").map((c) => c.value)).toEqual(["DE", "EG", "SN"]);
    expect(zoomCountries(facet, "JP")[0]).toEqual({ value: "JP", label: "JP", count: 0 });
    expect(zoomCountries(facet, "SN")).toHaveLength(3);
  });
});
