import "server-only";
import { prisma } from "../db/client";
import { queryOf } from "./filters";
import { activeFilterCount, type SearchParams } from "./params";
import { cachedUntilImport, DATA_VERSION_SQL, dataVersion } from "./data-version";
import { buildFacetIndex, type FacetIndex, type FacetSourceRow } from "./facet-index";
import { countFacets, rowsOf, type RawFacetCounts } from "./facet-count";

/**
 * What a search matches, worked out once per search (per params object) and shared by the result list and
 * the facets: every project's facet values are held in memory (lib/search/facet-index.ts,
 * loaded once per data version), the text query costs one SQL query for the ids it matches,
 * and one pass in JavaScript applies the filters and counts the facets
 * (lib/search/facet-count.ts). Counted in SQL, each facet re-scanned the matches: eight scans
 * of 3–14 ms for a common word, and a ninth for the result count.
 */
export interface FacetLabels {
  country: Map<string, string>;
  thematic: Map<number, { label: string; level: number; parent: number | null }>;
  french: Map<number, string>;
  region: Map<string, string>;
  sdg: Map<number, string>;
}

export interface LoadedFacets {
  index: FacetIndex;
  labels: FacetLabels;
}

async function loadFacets(): Promise<LoadedFacets> {
  const db = prisma();
  const [rows, countries, thematics, french, regions, sdgs] = await Promise.all([
    db.$queryRaw<FacetSourceRow[]>`
      SELECT id, start_year AS "startYear", status, country_codes AS country, theme_ids AS theme,
             primary_theme_ids AS "primaryTheme", french_ids AS french, region_codes AS region,
             funder_kinds AS funder, sdg_goals AS sdg
      FROM project`,
    db.$queryRaw<{ code: string; name: string }[]>`SELECT code, name_fr AS name FROM country`,
    db.$queryRaw<{ id: number; label: string; level: number; parent: number | null }[]>`
      SELECT id, label, level, parent_id AS parent FROM thematic`,
    db.$queryRaw<{ id: number; name: string }[]>`
      SELECT c.id, c.display_name AS name FROM collectivite c
      WHERE c.id IN (SELECT DISTINCT unnest(french_ids) FROM project)`,
    db.$queryRaw<{ code: string; name: string }[]>`
      SELECT DISTINCT ON (region_code) region_code AS code, region_name AS name FROM collectivite
      WHERE region_code IS NOT NULL AND region_name IS NOT NULL ORDER BY region_code, region_name`,
    db.$queryRaw<{ goal: number; label: string | null }[]>`SELECT goal, label FROM sdg`,
  ]);
  return {
    index: buildFacetIndex(rows),
    labels: {
      country: new Map(countries.map((c) => [c.code, c.name])),
      thematic: new Map(thematics.map((t) => [t.id, { label: t.label, level: t.level, parent: t.parent }])),
      french: new Map(french.map((c) => [c.id, c.name])),
      region: new Map(regions.map((r) => [r.code, r.name])),
      sdg: new Map(sdgs.map((s) => [s.goal, s.label ?? `ODD ${s.goal}`])),
    },
  };
}

/**
 * The data version and, with a text query, the query resolved to a tsquery (misspelt names
 * widened, lib/search/filters.ts) and the ids of the projects it matches: one round trip.
 */
async function resolve(params: SearchParams): Promise<{ params: SearchParams; version: string; matches: number[] | null }> {
  if (!params.q) return { params, version: await dataVersion(), matches: null };
  const [row] = await prisma().$queryRaw<{ tsquery: string; matches: number[]; version: string }[]>`
    WITH t AS MATERIALIZED (SELECT ${queryOf(params)} AS query)
    SELECT t.query::text AS tsquery,
           (SELECT coalesce(array_agg(p.id), '{}') FROM project p WHERE p.search @@ t.query) AS matches,
           ${DATA_VERSION_SQL} AS version
    FROM t`;
  return { params: { ...params, tsquery: row.tsquery }, version: row.version, matches: row.matches };
}

export interface SearchMatches {
  params: SearchParams;
  loaded: LoadedFacets;
  counts: RawFacetCounts;
}

/**
 * Once per params object: the search page hands the same object to the result list and the
 * facets, which then share the work (a WeakMap rather than React's cache, which only works
 * inside a render: the benchmark runs the same functions outside one).
 */
const computed = new WeakMap<SearchParams, Promise<SearchMatches>>();

export function searchMatches(input: SearchParams): Promise<SearchMatches> {
  let matches = computed.get(input);
  if (!matches) {
    matches = computeMatches(input);
    computed.set(input, matches);
    matches.catch(() => computed.delete(input));
  }
  return matches;
}

async function computeMatches(input: SearchParams): Promise<SearchMatches> {
  const { params, version, matches } = await resolve(input);
  const loaded = await cachedUntilImport(version, "facet-index", loadFacets);
  const count = async () => countFacets(loaded.index, matches ? rowsOf(loaded.index, matches) : null, params);
  // With no text and no filter the counts are the same for everyone until the next import.
  const counts = !params.q && activeFilterCount(params) === 0
    ? await cachedUntilImport(version, `counts:all:${params.primary}`, count)
    : await count();
  return { params, loaded, counts };
}
