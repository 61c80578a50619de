import "server-only";
import type { SearchParams } from "./params";
import { foldForMatch } from "../text/fold";
import type { RawFacetCounts } from "./facet-count";
import { searchMatches, type LoadedFacets } from "./matches";

/**
 * Facet counts beside the results, labelled and ordered for display. Each facet is counted with
 * every active filter except its own, so a user sees how many projects each other choice would
 * give; the counting is done in memory by lib/search/matches.ts.
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
  const { loaded, counts } = await searchMatches(input);
  return labelled(loaded, counts);
}
