import type { Precision } from "../geo/types";

/**
 * A collectivité as the maps draw it: a point, its side and how sure the atlas is of its
 * position, with the projects it takes part in. Pure and client-safe: the search, the page data
 * and the map components all speak of places in these terms.
 */
export type { Precision };

/** A popup lists this many of a place's projects, then says how many others there are. */
export const POPUP_PROJECTS = 50;

export interface MapProjectRef {
  slug: string;
  title: string;
}

export interface MapPlace {
  id: number;
  /** The collectivité page is /collectivites/<slug>. */
  slug: string;
  name: string;
  /** ISO alpha-2; "FR" for French collectivités, "" when the country is unknown. */
  countryCode: string;
  countryName: string;
  side: "french" | "foreign";
  lat: number;
  lon: number;
  precision: Precision;
  /** Homonyms existed and neither context nor an override decided between them. */
  ambiguous: boolean;
  projects: MapProjectRef[];
}

/** A collectivité row as the queries read it: maybe without a position, with a plain-text precision and side. */
export interface PlaceRow {
  id: number;
  slug: string;
  name: string;
  countryCode: string;
  countryName: string | null;
  side: string;
  lat: number | null;
  lon: number | null;
  precision: string;
  ambiguous: boolean;
  projects: MapProjectRef[];
}

/** Distinct matching projects with a foreign partner in one country (the map's country view). */
export interface CountryProjects {
  code: string;
  name: string;
  projects: number;
}

/** A place of /carte: what the clustered view needs, with the number of its matching projects (not the list). */
export type MapPoint = Omit<MapPlace, "projects"> & { projectCount: number };

/** A row of the map's places query: a collectivité with its count of matching projects. */
export type PointRow = Omit<PlaceRow, "projects"> & { projectCount: number };

/** What every drawn place shares, or null when the gazetteer could not place the row (no point, or precision "none"). */
function located(row: Omit<PlaceRow, "projects">): Omit<MapPlace, "projects"> | null {
  if (row.lat === null || row.lon === null || row.precision === "none") return null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    countryCode: row.countryCode,
    countryName: row.countryName ?? "",
    side: row.side === "french" ? "french" : "foreign",
    lat: row.lat,
    lon: row.lon,
    precision: row.precision as Precision,
    ambiguous: row.ambiguous,
  };
}

/** The map place of a row, with its projects, or null when it has no position. */
export function toMapPlace(row: PlaceRow): MapPlace | null {
  const place = located(row);
  return place && { ...place, projects: row.projects };
}

/** The map point of a row, with its project count, or null when it has no position. */
export function toMapPoint(row: PointRow): MapPoint | null {
  const place = located(row);
  return place && { ...place, projectCount: row.projectCount };
}

/** The places of the rows that have one, in order. */
export function toMapPlaces(rows: PlaceRow[]): MapPlace[] {
  return rows.flatMap((row) => toMapPlace(row) ?? []);
}
