import "server-only";
import type { SearchParams } from "./params";
import { foldForMatch } from "../text/fold";
import type { FilterValue } from "./filter-kinds";
import { FILTERS, type Filter, type ListFilterOf, type RangeFilterOf } from "./filter-registry";
import type { RawFacetCounts } from "./facet-count";
import type { LoadedFacets } from "./facet-load";
import { searchMatches } from "./matches";

/**
 * Facet counts beside the results, labelled and ordered for display. Each facet is counted with
 * every active filter except its own, so a user sees how many projects each other choice would
 * give; the counting is done in memory by lib/search/matches.ts.
 */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
  /** In a tree facet (lib/search/filter-kinds.ts `tree`): depth, 1 at the top, and the parent's value. */
  level?: number;
  parent?: string | null;
}

/** A range facet's counts: how many projects have each value of its column. */
export interface RangeCount {
  value: number;
  count: number;
}

/** Every facet by its key, in the registry's shape: a list facet's values, a range facet's counts. */
export type Facets = { [F in Filter as F["key"]]: F extends RangeFilterOf ? RangeCount[] : FacetValue[] };

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

const byValue = (a: FacetValue, b: FacetValue) => {
  const [x, y] = [Number(a.value), Number(b.value)];
  return Number.isNaN(x) || Number.isNaN(y) ? (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : x - y;
};

function orderOf(filter: ListFilterOf): (a: FacetValue, b: FacetValue) => number {
  if (filter.order === "value") return byValue;
  if (filter.tree) return (a, b) => (a.level ?? 0) - (b.level ?? 0) || byCountThenLabel(a, b);
  return byCountThenLabel;
}

/**
 * A list facet's values with their labels, ordered, the `top` most frequent only when it has a
 * limit (unless `all`). A selected value always stays, with a count of 0 when no project of the
 * search has it: the user must see (and be able to remove) every filter they chose.
 */
export function listValues(
  filter: ListFilterOf,
  { labels }: LoadedFacets,
  counts: Map<FilterValue, number>,
  selected: readonly FilterValue[] = [],
  all = false,
): FacetValue[] {
  const lookup = filter.labels.from === "sql" ? labels[filter.key] : undefined;
  const unknown = filter.labels.from === "sql" ? filter.labels.unknown : "value";
  const limited = filter.top !== undefined && !all;
  const shown = new Map(limited ? mostFrequent(counts, filter.top!) : counts);
  for (const value of selected) if (!shown.has(value)) shown.set(value, counts.get(value) ?? 0);
  const values = [...shown].flatMap(([value, count]): FacetValue[] => {
    const found = lookup?.get(value);
    if (!found) return unknown === "value" ? [{ value: String(value), label: String(value), count }] : [];
    const tree = filter.tree
      ? {
          level: found.level,
          parent: found.parent === null || found.parent === undefined ? null : String(found.parent),
        }
      : {};
    return [{ value: String(value), label: found.label, count, ...tree }];
  });
  values.sort(orderOf(filter));
  if (!limited) return values;
  const isSelected = new Set(selected.map(String));
  return values.filter((v, i) => i < filter.top! || isSelected.has(v.value));
}

function labelled(loaded: LoadedFacets, counts: RawFacetCounts, params: SearchParams): Facets {
  const entries = FILTERS.map((filter) => {
    const map: Map<FilterValue, number> = counts[filter.key];
    if (filter.kind === "range") {
      const years = [...map].map(([value, count]) => ({ value: Number(value), count }));
      return [filter.key, years.sort((a, b) => a.value - b.value)];
    }
    return [filter.key, listValues(filter, loaded, map, params[filter.key])];
  });
  return Object.fromEntries(entries) as Facets;
}

export async function facetCounts(input: SearchParams): Promise<Facets> {
  const { loaded, counts } = await searchMatches(input);
  return labelled(loaded, counts, input);
}
