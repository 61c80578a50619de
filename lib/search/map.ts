import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { projectWhere } from "./filters";
import { cachedUntilImport, dataVersion } from "./data-version";
import { withTextQuery } from "./text-query";
import { toMapPlace, type MapPlace, type PlaceRow } from "../domain/map-place";
import type { SearchParams } from "./params";

/**
 * The places of the map: every collectivité (French or foreign) taking part in a project that
 * matches the search filters, with those projects. A country filter also narrows the places to
 * the foreign partners in those countries, so `?country=ES` shows the Spanish partners only.
 */

export interface UnplacedCollectivite {
  id: number;
  name: string;
  countryName: string;
  side: "french" | "foreign";
  projectCount: number;
}

export interface MapPlaces {
  places: MapPlace[];
  /** Partners of matching projects that the gazetteer could not place. */
  unplaced: UnplacedCollectivite[];
}

type Row = PlaceRow & { countryName: string; side: "french" | "foreign" };

/** The places of the filtered projects; the unfiltered map (the default view) is cached until the next import. */
export async function mapPlaces(input: SearchParams): Promise<MapPlaces> {
  const [params, version] = await Promise.all([withTextQuery(input), dataVersion()]);
  if (projectWhere(params).sql === "") return cachedUntilImport(version, "map:all", () => queryPlaces(params));
  return queryPlaces(params);
}

async function queryPlaces(params: SearchParams): Promise<MapPlaces> {
  const onlyCountries = params.country.length
    ? Prisma.sql`AND pp.role = 'foreign' AND c.country_code = ANY(${params.country}::text[])`
    : Prisma.empty;
  const rows = await prisma().$queryRaw<Row[]>`
    WITH hits AS (SELECT p.id, p.slug, p.title FROM project p ${projectWhere(params)}),
    links AS (
      SELECT DISTINCT c.id AS collectivite_id, h.id AS project_id, h.slug, h.title
      FROM hits h JOIN project_partner pp ON pp.project_id = h.id JOIN collectivite c ON c.id = pp.collectivite_id
      WHERE true ${onlyCountries})
    SELECT c.id, c.slug, c.display_name AS name, c.country_code AS "countryCode",
      coalesce(co.name_fr, c.country_label, '') AS "countryName", c.side, c.lat, c.lon, c.precision,
      c.geo_ambiguous AS ambiguous,
      json_agg(json_build_object('slug', l.slug, 'title', l.title) ORDER BY l.title, l.project_id) AS projects
    FROM links l JOIN collectivite c ON c.id = l.collectivite_id LEFT JOIN country co ON co.code = c.country_code
    GROUP BY c.id, co.name_fr
    ORDER BY c.side, c.display_name, c.id`;
  const places: MapPlace[] = [];
  const unplaced: UnplacedCollectivite[] = [];
  for (const row of rows) {
    const place = toMapPlace(row);
    if (place) places.push(place);
    else unplaced.push({ id: row.id, name: row.name, countryName: row.countryName, side: row.side, projectCount: row.projects.length });
  }
  return { places, unplaced };
}

/**
 * BENCHMARK ONLY (`/carte?bench=N`, `/api/map?bench=N`): N deterministic fake places spread over
 * the land-ish latitudes, sharing N/4 fake projects, so the map's render time and the endpoint's
 * size can be measured at 10,000 places without a big database. Never used for real data.
 */
export const BENCH_MAX_PLACES = 20_000;

export function benchPlaces(count: number): MapPlace[] {
  const n = Math.max(0, Math.min(BENCH_MAX_PLACES, Math.floor(count)));
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const codes = ["ES", "IT", "DE", "SN", "ML", "BF", "MA", "TN", "CA", "US", "JP", "VN", "BR", "MG", "CM"];
  const projects = Array.from({ length: Math.max(1, Math.ceil(n / 4)) }, (_, i) => ({ slug: `banc-${i}`, title: `Projet d'essai ${i + 1}` }));
  return Array.from({ length: n }, (_, i) => {
    const french = i % 10 === 0;
    return {
      id: i + 1,
      slug: `essai-${i + 1}`,
      name: `${french ? "Commune" : "Ville"} d'essai ${i + 1}`,
      countryCode: french ? "FR" : codes[i % codes.length],
      countryName: french ? "France" : codes[i % codes.length],
      side: french ? "french" : "foreign",
      lat: french ? 42.5 + random() * 8 : -40 + random() * 100,
      lon: french ? -4 + random() * 11 : -170 + random() * 340,
      precision: i % 7 === 0 ? (["fuzzy", "city-part", "region", "country"] as const)[i % 4] : "exact",
      ambiguous: i % 23 === 0,
      projects: [projects[Math.floor(i / 4)]],
    } satisfies MapPlace;
  });
}

/** The `bench` parameter: a place count within bounds, or 0 (no benchmark). */
export function benchCount(raw: unknown): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value > 0 ? Math.min(value, BENCH_MAX_PLACES) : 0;
}
