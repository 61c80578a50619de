import type { MapPlace, Precision } from "./map-place";

/**
 * The inline format of map places, the props of the small maps of project, country and
 * collectivité pages (at most a few thousand places): arrays instead of objects, short keys,
 * projects listed once and referenced by index (one project can have dozens of partners),
 * coordinates rounded to about 10 m. Unlike GET /api/map's columns (map-points.ts, for every
 * place of the atlas, projects fetched per popup), it carries each place's projects, so the
 * small maps' popups need no request. Pure, client-safe.
 */

/** Precision codes by index, as sent on the wire. */
export const PRECISIONS: readonly Precision[] = ["exact", "fuzzy", "city-part", "region", "country", "none"];

/**
 * [id, slug, lat, lon, name, country code, side (0 French, 1 foreign), precision index, ambiguous (0/1),
 * project indices, and the place's number of projects when the indices list only some of them]
 */
export type CompactPlace =
  | [number, string, number, number, string, string, 0 | 1, number, 0 | 1, number[]]
  | [number, string, number, number, string, string, 0 | 1, number, 0 | 1, number[], number];

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

/**
 * `projectsPerPlace` keeps only a place's first projects (its popup says "et N autres"): a
 * country's mini-map named every project of 1,500 partners, 300 kB of a 770 kB page.
 */
export function encodeMapData(places: MapPlace[], projectsPerPlace = Number.POSITIVE_INFINITY): CompactMap {
  const projectIndex = new Map<string, number>();
  const projects: [string, string][] = [];
  const countries: Record<string, string> = {};
  const compact = places.map((place): CompactPlace => {
    const indices = place.projects.slice(0, projectsPerPlace).map((project) => {
      let index = projectIndex.get(project.slug);
      if (index === undefined) {
        index = projects.push([project.slug, project.title]) - 1;
        projectIndex.set(project.slug, index);
      }
      return index;
    });
    if (place.countryCode && place.countryName) countries[place.countryCode] = place.countryName;
    const precision = PRECISIONS.indexOf(place.precision);
    const row: CompactPlace = [
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
    if (indices.length < place.projects.length) row.push(place.projects.length);
    return row;
  });
  return { v: 1, j: projects, c: countries, p: compact };
}

/** Back to places; throws on anything that is not this format (the caller shows an error). */
export function decodeMapData(data: CompactMap): (MapPlace & { projectCount: number })[] {
  if (data?.v !== 1 || !Array.isArray(data.p) || !Array.isArray(data.j)) throw new Error("Format de carte inconnu");
  const projects = data.j.map(([slug, title]) => ({ slug, title }));
  return data.p.map(([id, slug, lat, lon, name, countryCode, side, precision, ambiguous, indices, count]) => ({
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
    projectCount: count ?? indices.length,
  }));
}
