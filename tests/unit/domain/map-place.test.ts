import { describe, expect, it } from "vitest";
import { toMapPlace, toMapPlaces, type PlaceRow } from "@/lib/domain/map-place";

const row = (over: Partial<PlaceRow> = {}): PlaceRow => ({
  id: 7,
  slug: "cuneo-it",
  name: "Cuneo",
  countryCode: "IT",
  countryName: "Italie",
  side: "foreign",
  lat: 44.38,
  lon: 7.54,
  precision: "region",
  ambiguous: true,
  projects: [{ slug: "p", title: "P" }],
  ...over,
});

describe("toMapPlace", () => {
  it("keeps a placed row's fields, with its precision and side as the map knows them", () => {
    expect(toMapPlace(row())).toEqual({
      id: 7,
      slug: "cuneo-it",
      name: "Cuneo",
      countryCode: "IT",
      countryName: "Italie",
      side: "foreign",
      lat: 44.38,
      lon: 7.54,
      precision: "region",
      ambiguous: true,
      projects: [{ slug: "p", title: "P" }],
    });
  });

  it("has no place for a row without a point or placed nowhere", () => {
    expect(toMapPlace(row({ lat: null }))).toBeNull();
    expect(toMapPlace(row({ lon: null }))).toBeNull();
    expect(toMapPlace(row({ precision: "none" }))).toBeNull();
  });

  it("writes an unknown country name as empty and anything not French as foreign", () => {
    expect(toMapPlace(row({ countryName: null, side: "french" }))).toMatchObject({ countryName: "", side: "french" });
    expect(toMapPlace(row({ side: "lead" }))?.side).toBe("foreign");
  });

  it("keeps the placed rows of a list, in order", () => {
    expect(toMapPlaces([row({ id: 1 }), row({ id: 2, lat: null }), row({ id: 3 })]).map((p) => p.id)).toEqual([1, 3]);
  });
});
