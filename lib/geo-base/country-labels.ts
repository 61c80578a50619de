import { frenchCountryName } from "../countries";
import type { PolygonRings } from "./antimeridian";

/**
 * Where the base map writes each country's name: the centroid of its largest polygon (mainland
 * France, not the mean of France and its overseas départements), one label per ISO code.
 * Computed once with the base layer, on the server.
 */
export interface CountryLabel {
  code: string;
  /** French short name ("Italie"). */
  name: string;
  /** [longitude, latitude]. */
  at: [number, number];
}

type Ring = [number, number][];

/** Planar area and centroid of a ring (shoelace), in degrees: fine for picking and placing a label. */
function ringGeometry(ring: Ring): { area: number; centroid: [number, number] } {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j];
    const [x1, y1] = ring[i];
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (twiceArea === 0) return { area: 0, centroid: ring[0] };
  return { area: Math.abs(twiceArea / 2), centroid: [cx / (3 * twiceArea), cy / (3 * twiceArea)] };
}

const round = (v: number) => Math.round(v * 100) / 100;

export function countryLabels(features: { code: string; polygons: PolygonRings[] }[]): CountryLabel[] {
  const best = new Map<string, { area: number; centroid: [number, number] }>();
  for (const { code, polygons } of features) {
    if (!code) continue;
    for (const polygon of polygons) {
      const outer = ringGeometry(polygon[0] as Ring);
      if (outer.area > (best.get(code)?.area ?? 0)) best.set(code, outer);
    }
  }
  const labels: CountryLabel[] = [];
  for (const [code, { centroid }] of best) {
    const name = frenchCountryName(code);
    if (name) labels.push({ code, name, at: [round(centroid[0]), round(centroid[1])] });
  }
  return labels;
}
