import { describe, expect, it } from "vitest";
import { crossesAntimeridian, fixAntimeridian, fixPolygon, unwrapRing, type Ring } from "@/lib/geo-base/antimeridian";

const square = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe("antimeridian fix", () => {
  it("leaves an ordinary polygon alone", () => {
    const polygon = [square(2, 45, 4, 47)];
    expect(fixPolygon(polygon)).toEqual([polygon]);
  });

  it("unwraps a ring that jumps over ±180 (Fiji, Chukotka) and adds a copy west of -180", () => {
    // An island from 179.5°E to 179.5°W, written the Natural Earth way.
    const ring: Ring = [
      [179.5, -16],
      [180, -16],
      [-180, -16],
      [-179.5, -16],
      [-179.5, -17],
      [-180, -17],
      [180, -17],
      [179.5, -17],
      [179.5, -16],
    ];
    expect(crossesAntimeridian(ring)).toBe(true);
    const fixed = fixPolygon([ring]);
    expect(fixed).toHaveLength(2);
    const [east, west] = fixed;
    expect(crossesAntimeridian(east[0])).toBe(false);
    expect(Math.min(...east[0].map((p) => p[0]))).toBeCloseTo(179.5);
    expect(Math.max(...east[0].map((p) => p[0]))).toBeCloseTo(180.5);
    expect(Math.min(...west[0].map((p) => p[0]))).toBeCloseTo(-180.5);
    expect(Math.max(...west[0].map((p) => p[0]))).toBeCloseTo(-179.5);
  });

  it("moves a ring that starts west of the antimeridian into the world", () => {
    // Wrangel Island starts at -180 and crosses to the east.
    const ring: Ring = [
      [-180, 71],
      [-179, 71],
      [-179, 72],
      [-180, 72],
      [179.5, 72],
      [179.5, 71],
      [-180, 71],
    ];
    const [first] = fixPolygon([ring]);
    const lons = first[0].map((p) => p[0]);
    expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180);
    expect(crossesAntimeridian(first[0])).toBe(false);
  });

  it("closes a ring that circles a pole (Antarctica) through that pole", () => {
    const ring: Ring = [
      [-180, -70],
      [-90, -75],
      [0, -70],
      [90, -72],
      [179.9, -70],
      [-180, -70],
    ];
    const { turns } = unwrapRing(ring);
    expect(turns).not.toBe(0);
    const [[fixed]] = fixPolygon([ring]);
    expect(fixed.some(([, lat]) => lat === -90)).toBe(true);
    expect(Math.min(...fixed.map((p) => p[0]))).toBeGreaterThanOrEqual(-180);
    expect(Math.max(...fixed.map((p) => p[0]))).toBeLessThanOrEqual(180);
    // Only the closing edge along the pole may span the map.
    const long = fixed.slice(1).filter((p, i) => Math.abs(p[0] - fixed[i][0]) > 180);
    expect(long.every(([, lat]) => lat === -90)).toBe(true);
  });

  it("turns a Polygon or MultiPolygon into fixed MultiPolygon coordinates", () => {
    expect(fixAntimeridian({ type: "Polygon", coordinates: [square(0, 0, 1, 1)] })).toHaveLength(1);
    expect(
      fixAntimeridian({ type: "MultiPolygon", coordinates: [[square(0, 0, 1, 1)], [square(5, 5, 6, 6)]] }),
    ).toHaveLength(2);
  });
});
