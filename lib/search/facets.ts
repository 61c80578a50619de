import "server-only";
import { prisma } from "../db/client";
import { activeFilterCount, type SearchParams } from "./params";
import { queryOf } from "./filters";
import { foldForMatch } from "../text/fold";
import { cachedUntilImport, dataVersion } from "./data-version";
import { withTextQuery } from "./text-query";
import { buildFacetIndex, type FacetIndex, type FacetSourceRow } from "./facet-index";
import { countFacets, rowsOf, type RawFacetCounts } from "./facet-count";

/**
 * Facet counts beside the results. Each facet is counted with every active filter except its own,
 * so a user sees how many projects each other choice would give. The counting happens in memory
 * (lib/search/facet-count.ts) over every project's facet values, loaded once per data version,
 * and a search costs one SQL query: the ids of the projects its text matches.
 */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface ThematicFacetValue extends FacetValue {
  level: number;
  parent: string | null;
}

export interface Facets {
  country: FacetValue[];
  thematic: ThematicFacetValue[];
  status: FacetValue[];
  year: { year: number; count: number }[];
  french: FacetValue[];
  region: FacetValue[];
  funder: FacetValue[];
  sdg: FacetValue[];
}

/** The French collectivités facet lists the most frequent ones only. */
const FRENCH_SHOWN = 50;

interface FacetLabels {
  country: Map<string, string>;
  thematic: Map<number, { label: string; level: number; parent: number | null }>;
  french: Map<number, string>;
  region: Map<string, string>;
  sdg: Map<number, string>;
}

interface LoadedFacets {
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

/** Ids of the projects the text query matches; null when there is no text query (every project). */
async function textMatches(params: SearchParams): Promise<number[] | null> {
  if (!params.q) return null;
  const rows = await prisma().$queryRaw<{ ids: number[] }[]>`
    SELECT coalesce(array_agg(p.id), '{}') AS ids FROM project p WHERE p.search @@ ${queryOf(params)}`;
  return rows[0].ids;
}

/**
 * Ties are ordered by label, accents and case folded ("Équateur" among the E). Folded keys are
 * kept: an Intl.Collator comparison per tie cost 12 ms a search over thousands of collectivités.
 */
const sortKeys = new Map<string, string>();
function sortKey(label: string): string {
  let key = sortKeys.get(label);
  if (key === undefined) {
    if (sortKeys.size > 200_000) sortKeys.clear();
    sortKeys.set(label, (key = foldForMatch(label)));
  }
  return key;
}
const byLabel = (a: FacetValue, b: FacetValue) => {
  const [x, y] = [sortKey(a.label), sortKey(b.label)];
  return x < y ? -1 : x > y ? 1 : 0;
};
const byCountThenLabel = (a: FacetValue, b: FacetValue) => b.count - a.count || byLabel(a, b);

/** The entries whose count is among the `n` highest (ties at the limit included), without sorting them all. */
function mostFrequent<K>(counts: Map<K, number>, n: number): Map<K, number> {
  if (counts.size <= n) return counts;
  const sorted = Int32Array.from(counts.values()).sort();
  const threshold = sorted[sorted.length - n];
  return new Map([...counts].filter(([, count]) => count >= threshold));
}

function labelled(facets: LoadedFacets, counts: RawFacetCounts): Facets {
  const { labels } = facets;
  const values = <K extends string | number>(map: Map<K, number>, label: (key: K) => string | undefined): FacetValue[] =>
    [...map].flatMap(([key, count]) => {
      const text = label(key);
      return text === undefined ? [] : [{ value: String(key), label: text, count }];
    });
  const thematic: ThematicFacetValue[] = [...counts.thematic].flatMap(([id, count]) => {
    const node = labels.thematic.get(id);
    return node ? [{ value: String(id), label: node.label, level: node.level, parent: node.parent === null ? null : String(node.parent), count }] : [];
  });
  return {
    country: values(counts.country, (code) => labels.country.get(code) ?? code).sort(byCountThenLabel),
    thematic: thematic.sort((a, b) => a.level - b.level || byCountThenLabel(a, b)),
    status: values(counts.status, (status) => status).sort(byCountThenLabel),
    year: [...counts.year].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
    french: values(mostFrequent(counts.french, FRENCH_SHOWN), (id) => labels.french.get(id)).sort(byCountThenLabel).slice(0, FRENCH_SHOWN),
    region: values(counts.region, (code) => labels.region.get(code) ?? code).sort(byCountThenLabel),
    funder: values(counts.funder, (kind) => kind).sort(byCountThenLabel),
    sdg: values(counts.sdg, (goal) => labels.sdg.get(goal)).sort((a, b) => Number(a.value) - Number(b.value)),
  };
}

export async function facetCounts(input: SearchParams): Promise<Facets> {
  const params = await withTextQuery(input);
  const [version, matches] = await Promise.all([dataVersion(), textMatches(params)]);
  const facets = await cachedUntilImport(version, "facet-index", loadFacets);
  const count = async () => labelled(facets, countFacets(facets.index, matches ? rowsOf(facets.index, matches) : null, params));
  // The home page's facets (no text, no filter) are the same for everyone until the next import.
  if (!params.q && activeFilterCount(params) === 0) return cachedUntilImport(version, `facets:all:${params.primary}`, count);
  return count();
}
