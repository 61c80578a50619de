import { describe, expect, it } from "vitest";
import { classBreaks, classLabel, colourFor, countProjectsByCountry } from "@/components/map/country-counts";
import { decodeMapData, encodeMapData } from "@/lib/domain/map-format";
import { isApproximate, precisionNote } from "@/components/map/precision";
import { FRENCH_MAP_TEXT } from "@/components/map/map-text";
import type { MapPlace } from "@/lib/domain/map-place";

const project = (n: number) => ({ slug: `projet-${n}`, title: `Projet ${n}` });
const place = (over: Partial<MapPlace>): MapPlace => ({
  id: 1,
  slug: "cuneo-it",
  name: "Cuneo",
  countryCode: "IT",
  countryName: "Italie",
  side: "foreign",
  lat: 44.384_123_9,
  lon: 7.542_678_1,
  precision: "exact",
  ambiguous: false,
  projects: [project(1)],
  ...over,
});

describe("compact map format", () => {
  const places = [
    place({}),
    place({
      id: 2,
      name: "Séville",
      countryCode: "ES",
      countryName: "Espagne",
      precision: "region",
      projects: [project(1), project(2)],
    }),
    place({
      id: 3,
      name: "Clermont-Ferrand",
      countryCode: "FR",
      countryName: "France",
      side: "french",
      ambiguous: true,
    }),
  ];

  it("round-trips, with coordinates to 4 decimals", () => {
    const decoded = decodeMapData(JSON.parse(JSON.stringify(encodeMapData(places))));
    expect(decoded.map((p) => ({ ...p, lat: 0, lon: 0 }))).toEqual(
      places.map((p) => ({ ...p, lat: 0, lon: 0, projectCount: p.projects.length })),
    );
    expect(decoded[0].lat).toBe(44.3841);
    expect(decoded[0].lon).toBe(7.5427);
  });

  it("lists each project once", () => {
    expect(encodeMapData(places).j).toEqual([
      ["projet-1", "Projet 1"],
      ["projet-2", "Projet 2"],
    ]);
  });

  it("stays under 70 bytes a place", () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      place({ id: i, slug: `ville-${i}-xx`, name: `Ville ${i}`, lat: i / 7, lon: -i / 3, projects: [project(i % 50)] }),
    );
    expect(JSON.stringify(encodeMapData(many)).length / 1000).toBeLessThan(70);
  });

  it("names only the first projects of a place when asked, and keeps its count (a mini-map's popups)", () => {
    const busy = place({ projects: [1, 2, 3, 4, 5].map(project) });
    const [decoded] = decodeMapData(JSON.parse(JSON.stringify(encodeMapData([busy], 3))));
    expect(decoded.projects).toEqual([1, 2, 3].map(project));
    expect(decoded.projectCount).toBe(5);
    expect(encodeMapData([busy], 3).j).toHaveLength(3);
    expect(decodeMapData(encodeMapData([busy]))[0].projectCount).toBe(5);
  });

  it("refuses what is not this format", () => {
    expect(() => decodeMapData({ v: 2 } as never)).toThrow();
  });
});

describe("precision", () => {
  it("calls anything but an exact, unambiguous placement approximate, and says why", () => {
    expect(isApproximate({ precision: "exact", ambiguous: false })).toBe(false);
    expect(isApproximate({ precision: "exact", ambiguous: true })).toBe(true);
    expect(isApproximate({ precision: "city-part", ambiguous: false })).toBe(true);
    expect(precisionNote({ precision: "exact", ambiguous: false }, FRENCH_MAP_TEXT)).toBe("");
    expect(precisionNote({ precision: "city-part", ambiguous: false }, FRENCH_MAP_TEXT)).toMatch(/approximative/);
    expect(precisionNote({ precision: "exact", ambiguous: true }, FRENCH_MAP_TEXT)).toMatch(/Plusieurs lieux/);
  });
});

describe("country view", () => {
  it("counts distinct projects per foreign country, French places aside", () => {
    const counts = countProjectsByCountry([
      place({ id: 1, projects: [project(1)] }),
      place({ id: 2, name: "Turin", projects: [project(1), project(2)] }),
      place({ id: 3, countryCode: "FR", countryName: "France", side: "french", projects: [project(3)] }),
      place({ id: 4, countryCode: "ES", countryName: "Espagne", projects: [project(3)] }),
    ]);
    expect(counts).toEqual([
      { code: "IT", name: "Italie", projects: 2 },
      { code: "ES", name: "Espagne", projects: 1 },
    ]);
  });

  it("makes at most five increasing classes starting at 1", () => {
    expect(classBreaks(0)).toEqual([]);
    expect(classBreaks(3)).toEqual([1, 2, 3]);
    for (const max of [6, 17, 250, 4000]) {
      const breaks = classBreaks(max);
      expect(breaks[0]).toBe(1);
      expect(breaks.length).toBeLessThanOrEqual(5);
      expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
      expect(new Set(breaks).size).toBe(breaks.length);
      expect(breaks.every((b) => b <= max)).toBe(true);
    }
    expect(colourFor(0, [1, 2])).toBeUndefined();
    expect(colourFor(5, [1, 2])).not.toBe(colourFor(1, [1, 2]));
    expect(classLabel([1, 5, 10], 0, FRENCH_MAP_TEXT)).toBe("1–4");
    expect(classLabel([1, 5, 10], 2, FRENCH_MAP_TEXT)).toBe("10 et plus");
  });
});
