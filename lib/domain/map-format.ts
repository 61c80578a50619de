import type { MapPlace, Precision } from "./map-place";

/**
 * The compact wire format of map places, shared by GET /api/map and the map component's props:
 * arrays instead of objects, short keys, projects listed once and referenced by index (one
 * project can have dozens of partners), coordinates rounded to about 10 m. Pure, client-safe.
 */

/** Precision codes by index, as sent on the wire. */
export const PRECISIONS: readonly Precision[] = ["exact", "fuzzy", "city-part", "region", "country", "none"];

/** [id, slug, lat, lon, name, country code, side (0 French, 1 foreign), precision index, ambiguous (0/1), project indices] */
export type CompactPlace = [number, string, number, number, string, string, 0 | 1, number, 0 | 1, number[]];

export interface CompactMap {
  /** Format version. */
  v: 1;
  /** Projects as [slug, title], referenced by index from the places. */
  j: [string, string][];
  /** French country names by ISO code, for the countries the places lie in. */
  c: Record<string, string>;
  /** The places. */
  p: CompactPlace[];
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

export function encodeMapData(places: MapPlace[]): CompactMap {
  const projectIndex = new Map<string, number>();
  const projects: [string, string][] = [];
  const countries: Record<string, string> = {};
  const compact = places.map((place): CompactPlace => {
    const indices = place.projects.map((project) => {
      let index = projectIndex.get(project.slug);
      if (index === undefined) {
        index = projects.push([project.slug, project.title]) - 1;
        projectIndex.set(project.slug, index);
      }
      return index;
    });
    if (place.countryCode && place.countryName) countries[place.countryCode] = place.countryName;
    const precision = PRECISIONS.indexOf(place.precision);
    return [
      place.id,
      place.slug,
      round4(place.lat),
      round4(place.lon),
      place.name,
      place.countryCode,
      place.side === "foreign" ? 1 : 0,
      precision === -1 ? PRECISIONS.length - 1 : precision,
      place.ambiguous ? 1 : 0,
      indices,
    ];
  });
  return { v: 1, j: projects, c: countries, p: compact };
}

/** Back to places; throws on anything that is not this format (the caller shows an error). */
export function decodeMapData(data: CompactMap): MapPlace[] {
  if (data?.v !== 1 || !Array.isArray(data.p) || !Array.isArray(data.j)) throw new Error("Format de carte inconnu");
  const projects = data.j.map(([slug, title]) => ({ slug, title }));
  return data.p.map(([id, slug, lat, lon, name, countryCode, side, precision, ambiguous, indices]) => ({
    id,
    slug,
    lat,
    lon,
    name,
    countryCode,
    countryName: data.c[countryCode] ?? countryCode,
    side: side === 1 ? "foreign" : "french",
    precision: PRECISIONS[precision] ?? "none",
    ambiguous: ambiguous === 1,
    projects: indices.map((i) => projects[i]).filter(Boolean),
  }));
}
