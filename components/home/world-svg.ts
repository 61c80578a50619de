import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Topology } from "topojson-specification";
import { buildWorldBase } from "@/lib/geo-base/world";

/**
 * The home page's small world map as SVG paths, drawn on the server from the same base layer as
 * the map page (lib/geo-base/world.ts), at Natural Earth 1:110m simplified to half a degree: a
 * map a few hundred pixels wide needs no more, and the page stays light (no Leaflet, no script).
 * Plate carrée, y = -latitude; Antarctica is left out. Built once per server process.
 */

export interface CountryShape {
  /** ISO alpha-2, "" for areas without one. */
  code: string;
  d: string;
}

/** The drawn extent, in degrees: longitude -180…180, latitude 84…-57. */
export const WORLD_VIEW_BOX = "-180 -84 360 141";
const TOLERANCE_DEGREES = 0.5;

let shapes: CountryShape[] | null = null;

export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const file = path.join(process.cwd(), "node_modules", "world-atlas", "countries-110m.json");
  const base = buildWorldBase(JSON.parse(readFileSync(file, "utf8")) as Topology, TOLERANCE_DEGREES);
  shapes = base.features
    .filter((f) => f.properties.code !== "AQ")
    .map((f) => ({
      code: f.properties.code,
      d: f.geometry.coordinates
        .flatMap((polygon) => polygon.map((ring) => `M${ring.map(([lon, lat]) => `${Math.round(lon * 10) / 10} ${Math.round(-lat * 10) / 10}`).join("L")}Z`))
        .join(""),
    }));
  return shapes;
}
