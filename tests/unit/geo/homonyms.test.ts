import { describe, expect, it } from "vitest";
import type { City } from "@/lib/geo/geonames";
import { choose, distinctPlaces, siblingSupport, type Candidate } from "@/lib/geo/homonyms";
import { boundedLevenshtein, closestKeys } from "@/lib/geo/fuzzy";

let nextId = 1;
function town(
  name: string,
  admin1: string,
  population: number,
  lat: number,
  lon: number,
  alt = false,
  featureCode = "PPL",
): Candidate {
  const city: City = {
    id: nextId++,
    name,
    lat,
    lon,
    country: "US",
    admin1,
    admin2: "",
    admin4: "",
    population,
    featureCode,
  };
  return { city, alt };
}

describe("distinctPlaces", () => {
  it("ranks by population, main names first, and merges places within 25 km", () => {
    const main = town("Lexington", "KY", 225_000, 37.99, -84.48);
    const sameTown = town("Lexington-Fayette", "KY", 314_000, 38.04, -84.46, true);
    const sc = town("Lexington", "SC", 20_000, 33.98, -81.24);
    const oldName = town("De Soto", "KS", 6_000, 38.98, -94.97, true);
    const list = distinctPlaces([oldName, sc, sameTown, main]);
    expect(list.map((c) => c.city.id)).toEqual([main.city.id, sc.city.id, oldName.city.id]);
  });

  it("puts city sections after towns", () => {
    const section = town("Rosemont", "10", 80_000, 45.55, -73.58, false, "PPLX");
    const realTown = town("Rosemont", "10", 20_000, 46.0, -72.0);
    expect(distinctPlaces([section, realTown])[0]).toBe(realTown);
  });
});

describe("choose", () => {
  const sc = town("Anderson", "SC", 27_000, 34.5, -82.65);
  const indiana = town("Anderson", "IN", 55_000, 40.1, -85.68);
  const mo = town("Anderson", "MO", 2_000, 36.65, -94.44);
  const candidates = distinctPlaces([sc, indiana, mo]);

  it("without support takes the top candidate and flags it", () => {
    expect(choose(candidates, null)).toMatchObject({ chosen: indiana, ambiguous: true, byContext: false });
  });

  it("takes the admin1 supported by most siblings", () => {
    const support = siblingSupport([
      [town("Greenville", "SC", 64_000, 34.85, -82.39)],
      [town("Lexington", "SC", 20_000, 33.98, -81.24)],
    ]);
    expect(choose(candidates, support)).toMatchObject({ chosen: sc, ambiguous: false, byContext: true });
  });

  it("breaks ties on support by the siblings' population there", () => {
    const support = siblingSupport([
      [town("Greenville", "SC", 64_000, 34.85, -82.39), town("Greenville", "MO", 500, 37.1, -90.45)],
      [town("Lexington", "SC", 20_000, 33.98, -81.24), town("Lexington", "MO", 4_600, 39.18, -93.88)],
    ]);
    expect(support.get("SC")).toEqual({ count: 2, population: 84_000 });
    expect(choose(candidates, support).chosen).toBe(sc);
  });

  it("ignores support for admin1s where the name has no candidate", () => {
    const support = siblingSupport([[town("Norman", "OK", 120_000, 35.22, -97.44)]]);
    expect(choose(candidates, support)).toMatchObject({ chosen: indiana, ambiguous: true });
  });

  it("a single place is never ambiguous", () => {
    expect(choose([sc], null)).toMatchObject({ chosen: sc, ambiguous: false });
  });
});

describe("fuzzy", () => {
  it("bounds the edit distance", () => {
    expect(boundedLevenshtein("karlsruhe", "karlsruhee", 2)).toBe(1);
    expect(boundedLevenshtein("oyem", "paris", 1)).toBe(2);
  });

  it("allows no slip on short names, one or two on longer ones", () => {
    expect(closestKeys("oyen", ["oyem"])).toEqual([]);
    expect(closestKeys("clermont ferand", ["clermont ferrand", "clermont"])).toEqual(["clermont ferrand"]);
  });
});
