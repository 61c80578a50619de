import "server-only";
import { prisma } from "../db/client";
import { queryOf } from "./filters";
import { activeFilterCount, type SearchParams } from "./params";
import { cachedUntilImport, DATA_VERSION_SQL, dataVersion } from "./data-version";
import { loadFacets, type LoadedFacets } from "./facet-load";
import { countFacets, rowsOf, type RawFacetCounts } from "./facet-count";

/**
 * What a search matches, worked out once per search (per params object) and shared by the result list and
 * the facets: every project's facet values are held in memory (lib/search/facet-index.ts,
 * loaded once per data version), the text query costs one SQL query for the ids it matches,
 * and one pass in JavaScript applies the filters and counts the facets
 * (lib/search/facet-count.ts). Counted in SQL, each facet re-scanned the matches: eight scans
 * of 3–14 ms for a common word, and a ninth for the result count.
 */

/**
 * The data version and, with a text query, the query resolved to a tsquery (misspelt names
 * widened, lib/search/filters.ts) and the ids of the projects it matches: one round trip.
 */
async function resolve(
  params: SearchParams,
): Promise<{ params: SearchParams; version: string; matches: number[] | null }> {
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
  const counts =
    !params.q && activeFilterCount(params) === 0
      ? await cachedUntilImport(version, `counts:all:${params.primary}`, count)
      : await count();
  return { params, loaded, counts };
}
