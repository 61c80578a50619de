import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { crossesAntimeridian } from "@/lib/geo-base/antimeridian";
import { simplifyLine } from "@/lib/geo-base/simplify";
import { buildWorldBase } from "@/lib/geo-base/world";

const topology = JSON.parse(
  readFileSync(path.resolve("node_modules/world-atlas/countries-50m.json"), "utf8"),
) as Topology;
const world = buildWorldBase(topology);
const byCode = (code: string) => world.features.find((f) => f.properties.code === code);

describe("world base layer", () => {
  it("keeps every country of the 1:50m set, small states included, keyed by ISO alpha-2", () => {
    expect(world.features.length).toBeGreaterThan(235);
    for (const code of ["FR", "ES", "IT", "TN", "CA", "JP", "MC", "SG", "LI", "XK", "FJ", "RU", "AQ"])
      expect(byCode(code), code).toBeDefined();
  });

  it("leaves no ring crossing the antimeridian, except pole edges", () => {
    for (const f of world.features) {
      for (const polygon of f.geometry.coordinates) {
        for (const ring of polygon) {
          if (!crossesAntimeridian(ring)) continue;
          const long = ring.slice(1).filter((p, i) => Math.abs(p[0] - ring[i][0]) > 180);
          expect(
            long.every(([, lat]) => Math.abs(lat) === 90),
            f.properties.code,
          ).toBe(true);
        }
      }
    }
  });

  it("draws Russia and Fiji on both sides of the antimeridian", () => {
    for (const code of ["RU", "FJ"]) {
      const lons = byCode(code)!.geometry.coordinates.flatMap((polygon) => polygon[0].map((p) => p[0]));
      expect(Math.max(...lons), code).toBeGreaterThan(179.9);
      expect(Math.min(...lons), code).toBeLessThan(-179.9);
    }
    // Chukotka runs past 180°, so Russia also has a copy west of -180°.
    const russia = byCode("RU")!.geometry.coordinates.flatMap((polygon) => polygon[0].map((p) => p[0]));
    expect(Math.max(...russia)).toBeGreaterThan(180);
  });

  it("is small enough to fetch (well under the 1:50m GeoJSON's 1.5 MB)", () => {
    expect(JSON.stringify(world).length).toBeLessThan(1_000_000);
  });
});

describe("simplifyLine", () => {
  it("keeps the ends and drops points closer than the tolerance", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 5],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
  });

  it("never flattens a small closed ring (an island) into nothing", () => {
    const island: [number, number][] = [
      [0, 0],
      [0.001, 0],
      [0.001, 0.001],
      [0, 0.001],
      [0, 0],
    ];
    expect(simplifyLine(island, 1).length).toBeGreaterThanOrEqual(4);
  });
  it("names each country once, at a point of its largest land mass", () => {
    const codes = world.labels.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(world.labels.length).toBeGreaterThan(190);
    const label = (code: string) => world.labels.find((l) => l.code === code);
    expect(label("IT")?.name).toBe("Italie");
    // Mainland France, not a mean pulled towards the overseas départements.
    const [lon, lat] = label("FR")!.at;
    expect(lon).toBeGreaterThan(-2);
    expect(lon).toBeLessThan(7);
    expect(lat).toBeGreaterThan(43);
    expect(lat).toBeLessThan(49);
  });
});
