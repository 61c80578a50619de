import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { projectWhere } from "./filters";
import { cachedUntilImport, dataVersion } from "./data-version";
import { withTextQuery } from "./text-query";
import { encodeMapPoints } from "../domain/map-points";
import { countryLabel, withCountryNames } from "../i18n/data-labels";
import type { Locale } from "../i18n/routing";
import {
  toMapPoint,
  type CountryProjects,
  type MapPoint,
  type MapProjectRef,
  type PointRow,
} from "../domain/map-place";

export type { CountryProjects };
import type { SearchParams } from "./params";

/**
 * The places of the map: every collectivité (French or foreign) taking part in a project that
 * matches the search filters. A country filter narrows the foreign partners to those countries
 * but keeps the French side: `?country=ES` shows the Spanish partners and the French
 * collectivités working with them. The places come without their projects (20,000 fiches give
 * 30,000 places); a place's projects are asked for when its popup opens (`placeProjects`).
 */

export interface UnplacedCollectivite {
  id: number;
  name: string;
  countryName: string;
  side: "french" | "foreign";
  projectCount: number;
}

export interface MapPlaces {
  places: MapPoint[];
  /** Partners of matching projects that the gazetteer could not place. */
  unplaced: UnplacedCollectivite[];
  countries: CountryProjects[];
  /** Distinct matching projects with at least one place. */
  projectCount: number;
}

type Row = PointRow & { countryName: string; side: "french" | "foreign" };

/** The places of the filtered projects; the unfiltered map (the default view) is cached until the next import. */
export async function mapPlaces(input: SearchParams): Promise<MapPlaces> {
  const [params, version] = await Promise.all([withTextQuery(input), dataVersion()]);
  return placesOf(params, version);
}

const isUnfiltered = (params: SearchParams) => projectWhere(params).sql === "";

function placesOf(params: SearchParams, version: string): Promise<MapPlaces> {
  return isUnfiltered(params) ? cachedUntilImport(version, "map:all", () => queryPlaces(params)) : queryPlaces(params);
}

/**
 * GET /api/map's body: the places in the wire format of lib/domain/map-points.ts. The unfiltered
 * one (1.2 MB of JSON at 20,000 fiches) is serialised once per data version, not at each visit
 * of /carte: encoding it cost 100–170 ms a request on a busy machine, on the map's critical path.
 */
export async function mapPointsJson(input: SearchParams, locale: Locale): Promise<string> {
  const [params, version] = await Promise.all([withTextQuery(input), dataVersion()]);
  const json = async () => {
    const { places, countries } = await placesOf(params, version);
    // Country names in the asked language: the map in the browser has no vocabularies to translate them.
    const named = countries.map((c) => ({ ...c, name: countryLabel(c.code, c.name, locale) }));
    return JSON.stringify(encodeMapPoints(withCountryNames(places, locale), named));
  };
  return isUnfiltered(params) ? cachedUntilImport(version, `map:all:json:${locale}`, json) : json();
}

/** The (collectivité, project) pairs of the map: matching projects and their partners, the foreign ones in the chosen countries. */
function linksSql(params: SearchParams, place?: number): Prisma.Sql {
  const onlyCountries = params.country.length
    ? Prisma.sql`AND (c.side = 'french' OR c.country_code = ANY(${params.country}::text[]))`
    : Prisma.empty;
  const onlyPlace = place === undefined ? Prisma.empty : Prisma.sql`AND c.id = ${place}`;
  return Prisma.sql`
    hits AS (SELECT p.id, p.slug, p.title FROM project p ${projectWhere(params)}),
    links AS (
      SELECT DISTINCT c.id AS collectivite_id, h.id AS project_id, h.slug, h.title
      FROM hits h JOIN project_partner pp ON pp.project_id = h.id JOIN collectivite c ON c.id = pp.collectivite_id
      WHERE true ${onlyCountries} ${onlyPlace})`;
}

const PLACE_COLUMNS = Prisma.sql`c.id, c.slug, c.display_name AS name, c.country_code AS "countryCode",
  coalesce(co.name_fr, c.country_label, '') AS "countryName", c.side, c.lat, c.lon, c.precision, c.geo_ambiguous AS ambiguous`;

async function queryPlaces(params: SearchParams): Promise<MapPlaces> {
  const db = prisma();
  const [rows, countries, totals] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH ${linksSql(params)}
      SELECT ${PLACE_COLUMNS}, count(*)::int AS "projectCount"
      FROM links l JOIN collectivite c ON c.id = l.collectivite_id LEFT JOIN country co ON co.code = c.country_code
      GROUP BY c.id, co.name_fr
      ORDER BY c.side, c.display_name, c.id`,
    db.$queryRaw<CountryProjects[]>`
      WITH ${linksSql(params)}
      SELECT c.country_code AS code, coalesce(min(co.name_fr), min(c.country_label), c.country_code) AS name,
        count(DISTINCT l.project_id)::int AS projects
      FROM links l JOIN collectivite c ON c.id = l.collectivite_id LEFT JOIN country co ON co.code = c.country_code
      WHERE c.side = 'foreign' AND c.country_code <> ''
      GROUP BY c.country_code
      ORDER BY projects DESC, name`,
    db.$queryRaw<{ projects: number }[]>`
      WITH ${linksSql(params)}
      SELECT count(DISTINCT l.project_id)::int AS projects
      FROM links l JOIN collectivite c ON c.id = l.collectivite_id
      WHERE c.lat IS NOT NULL AND c.lon IS NOT NULL AND c.precision <> 'none'`,
  ]);
  const places: MapPoint[] = [];
  const unplaced: UnplacedCollectivite[] = [];
  for (const row of rows) {
    const point = toMapPoint(row);
    if (point) places.push(point);
    else
      unplaced.push({
        id: row.id,
        name: row.name,
        countryName: row.countryName,
        side: row.side,
        projectCount: row.projectCount,
      });
  }
  return { places, unplaced, countries, projectCount: totals[0]?.projects ?? 0 };
}

/**
 * The matching projects of some places (the table's page, a popup), at most `limit` each, by
 * title. Places outside the filtered map get none.
 */
export async function placesProjects(
  ids: number[],
  input: SearchParams,
  limit: number,
): Promise<Map<number, MapProjectRef[]>> {
  const byPlace = new Map<number, MapProjectRef[]>();
  if (ids.length === 0) return byPlace;
  const params = await withTextQuery(input);
  const rows = await prisma().$queryRaw<{ id: number; slug: string; title: string }[]>`
    WITH ${linksSql(params)},
    ranked AS (
      SELECT l.collectivite_id AS id, l.slug, l.title,
        row_number() OVER (PARTITION BY l.collectivite_id ORDER BY l.title, l.project_id) AS rank
      FROM links l WHERE l.collectivite_id = ANY(${ids}::int[]))
    SELECT id, slug, title FROM ranked WHERE rank <= ${limit} ORDER BY id, rank`;
  for (const row of rows) {
    const list = byPlace.get(row.id) ?? [];
    list.push({ slug: row.slug, title: row.title });
    byPlace.set(row.id, list);
  }
  return byPlace;
}

export interface PlaceProjects {
  place: MapPoint;
  /** The first projects by title; `place.projectCount` says how many match in all. */
  projects: MapProjectRef[];
}

/** One place of the filtered map with its projects (a popup), or null when it is not on that map. */
export async function placeProjects(id: number, input: SearchParams, limit: number): Promise<PlaceProjects | null> {
  const params = await withTextQuery(input);
  const rows = await prisma().$queryRaw<MapPoint[]>`
    WITH ${linksSql(params, id)}
    SELECT ${PLACE_COLUMNS}, count(*)::int AS "projectCount"
    FROM links l JOIN collectivite c ON c.id = l.collectivite_id LEFT JOIN country co ON co.code = c.country_code
    GROUP BY c.id, co.name_fr`;
  if (rows.length === 0) return null;
  const projects = await placesProjects([id], params, limit);
  return { place: rows[0], projects: projects.get(id) ?? [] };
}
