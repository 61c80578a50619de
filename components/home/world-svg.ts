import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Topology } from "topojson-specification";
import { buildWorldBase } from "@/lib/geo-base/world";

/**
 * The home page's small world map as SVG paths, drawn on the server from the same base layer as
 * the map page (lib/geo-base/world.ts), at Natural Earth 1:110m simplified to half a degree: a
 * map a few hundred pixels wide needs no more, and the page stays light (no Leaflet, no script).
 * Plate carrée in half degrees (x = 2 × longitude, y = -2 × latitude: whole numbers, short paths);
 * Antarctica is left out. Built once per server process.
 */

export interface CountryShape {
  /** ISO alpha-2, "" for areas without one. */
  code: string;
  d: string;
}

/** The drawn extent: longitude -180…180, latitude 84…-57, in half degrees. */
export const WORLD_VIEW_BOX = "-360 -168 720 282";
const TOLERANCE_DEGREES = 0.5;

/** A ring in whole half degrees, repeated points dropped, as relative moves ("M x y l dx dy …z"). */
function ringPath(ring: [number, number][]): string {
  const points: [number, number][] = [];
  for (const [lon, lat] of ring) {
    const point: [number, number] = [Math.round(lon * 2), Math.round(-lat * 2)];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
  }
  if (points.length < 3) return "";
  const moves = points.slice(1).map(([x, y], i) => `${x - points[i][0]} ${y - points[i][1]}`);
  return `M${points[0][0]} ${points[0][1]}l${moves.join(" ")}z`;
}

let shapes: CountryShape[] | null = null;

export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const file = path.join(process.cwd(), "node_modules", "world-atlas", "countries-110m.json");
  const base = buildWorldBase(JSON.parse(readFileSync(file, "utf8")) as Topology, TOLERANCE_DEGREES);
  shapes = base.features
    .filter((f) => f.properties.code !== "AQ")
    .map((f) => ({
      code: f.properties.code,
      d: f.geometry.coordinates.flatMap((polygon) => polygon.map(ringPath)).join(""),
    }))
    .filter((shape) => shape.d !== "");
  return shapes;
}
