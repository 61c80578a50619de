import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { fixAntimeridian, type PolygonRings } from "./antimeridian";
import { type CountryLabel, countryLabels } from "./country-labels";
import { simplifyTopology } from "./simplify";

/**
 * The map's offline base layer: Natural Earth 1:50m countries (world-atlas), simplified along
 * shared borders, cut-safe at the antimeridian, keyed by ISO alpha-2 so the choropleth can join
 * project counts. Built once per server process (at build time for the static route).
 */

export interface WorldBaseFeature {
  type: "Feature";
  /** ISO 3166-1 alpha-2 ("" for areas without one, e.g. Siachen Glacier). */
  properties: { code: string };
  geometry: { type: "MultiPolygon"; coordinates: PolygonRings[] };
}

export interface WorldBase {
  type: "FeatureCollection";
  features: WorldBaseFeature[];
  /** Country names and where to write them, for the zoomed-in map. */
  labels: CountryLabel[];
}

/** Natural Earth areas that have no ISO numeric id in world-atlas, given the code the Atlas files them under. */
const CODE_BY_NAME: Record<string, string> = {
  Kosovo: "XK",
  Somaliland: "SO",
  "N. Cyprus": "CY",
  "Indian Ocean Ter.": "AU",
  "Siachen Glacier": "",
};

/** ~2 km: invisible at the zooms a world map is read at, and it halves the points. */
export const DEFAULT_TOLERANCE_DEGREES = 0.02;
/** Two decimals of a degree is about 1 km, finer than the simplification. */
const round = (v: number) => Math.round(v * 100) / 100;

function roundRings(polygons: PolygonRings[]): PolygonRings[] {
  return polygons
    .map((polygon) =>
      polygon
        .map((ring) => {
          const out: [number, number][] = [];
          for (const [lon, lat] of ring) {
            const point: [number, number] = [round(lon), round(lat)];
            const previous = out[out.length - 1];
            if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) out.push(point);
          }
          return out;
        })
        .filter((ring) => ring.length >= 4),
    )
    .filter((polygon) => polygon.length > 0);
}

export function buildWorldBase(topology: Topology, tolerance = DEFAULT_TOLERANCE_DEGREES): WorldBase {
  const simplified = simplifyTopology(topology, tolerance);
  const collection = feature(simplified, simplified.objects.countries as GeometryCollection<{ name: string }>);
  const features: WorldBaseFeature[] = [];
  for (const f of collection.features) {
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) continue;
    const code =
      f.id !== undefined
        ? (countries.numericToAlpha2(String(f.id)) ?? "")
        : (CODE_BY_NAME[f.properties?.name ?? ""] ?? "");
    const coordinates = roundRings(fixAntimeridian(geometry as Parameters<typeof fixAntimeridian>[0]));
    if (coordinates.length)
      features.push({ type: "Feature", properties: { code }, geometry: { type: "MultiPolygon", coordinates } });
  }
  const labels = countryLabels(features.map((f) => ({ code: f.properties.code, polygons: f.geometry.coordinates })));
  return { type: "FeatureCollection", features, labels };
}
