import type { z } from "zod";
import { columnOf, type FilterValue } from "./filter-kinds";
import { FILTERS, type Filter, type FacetKey, type ListFilterOf, type RangeFilterOf } from "./filter-registry";
import { NO_VALUE, type FacetIndex } from "./facet-index";
import type { SearchParams } from "./params";

/**
 * Counts every facet over a set of projects, each facet with every active filter except its own
 * (what the user would get by choosing another value of it), in one pass: a project that fails
 * no filter counts in every facet, one that fails a single filter counts only in that filter's
 * facet, one that fails two or more counts nowhere. Same rules as lib/search/filters.ts, on the
 * same columns (both read lib/search/filter-registry.ts): values of one filter are OR-ed,
 * filters are AND-ed.
 */

/** A facet's counts by value: a list filter's values, a range filter's column values. */
export type FacetCountsOf<F extends Filter> = Map<F extends RangeFilterOf ? number : z.output<F["item"]>, number>;

export type RawFacetCounts = {
  /** Projects that pass every filter. */
  total: number;
  /** By row: 1 for a project that passes every filter. */
  passing: Uint8Array;
} & { [F in Filter as F["key"]]: FacetCountsOf<F> };

/** One filter's work over the rows: whether a row passes it (when active), and counting a row's values. */
interface FacetCounter {
  key: FacetKey;
  /** Null when the filter is not active. */
  passes: ((row: number) => boolean) | null;
  count: (row: number) => void;
  result: () => Map<FilterValue, number>;
}

function listCounter(filter: ListFilterOf, index: FacetIndex, params: SearchParams): FacetCounter {
  const column = index.lists[columnOf(filter, params).name];
  const { offsets, values, domain } = column;
  const counts = new Int32Array(domain.length);
  const selected: FilterValue[] = params[filter.key];
  const mask = new Uint8Array(domain.length);
  for (const value of selected) {
    const i = column.indexOf.get(value);
    if (i !== undefined) mask[i] = 1;
  }
  return {
    key: filter.key,
    passes:
      selected.length === 0
        ? null
        : (r) => {
            for (let at = offsets[r]; at < offsets[r + 1]; at++) if (mask[values[at]]) return true;
            return false;
          },
    count: (r) => {
      for (let at = offsets[r]; at < offsets[r + 1]; at++) counts[values[at]]++;
    },
    result: () => {
      const out = new Map<FilterValue, number>();
      counts.forEach((n, i) => {
        if (n > 0) out.set(domain[i], n);
      });
      return out;
    },
  };
}

function rangeCounter(filter: RangeFilterOf, index: FacetIndex, params: SearchParams): FacetCounter {
  const column = index.numbers[filter.column];
  const [from, to] = [params[filter.from], params[filter.to]];
  const [low, high] = [from ?? -Infinity, to ?? Infinity];
  const counts = new Map<number, number>();
  return {
    key: filter.key,
    passes:
      from === undefined && to === undefined
        ? null
        : (r) => column[r] !== NO_VALUE && column[r] >= low && column[r] <= high,
    count: (r) => {
      if (column[r] !== NO_VALUE) counts.set(column[r], (counts.get(column[r]) ?? 0) + 1);
    },
    result: () => counts,
  };
}

/** Counts over `rows` (row numbers of the index), or over every project when `rows` is null. */
export function countFacets(index: FacetIndex, rows: Int32Array | null, params: SearchParams): RawFacetCounts {
  const counters = FILTERS.map((f) =>
    f.kind === "range" ? rangeCounter(f, index, params) : listCounter(f, index, params),
  );
  const active = counters.filter((c) => c.passes !== null);
  const passing = new Uint8Array(index.size);
  let total = 0;

  const size = rows ? rows.length : index.size;
  for (let i = 0; i < size; i++) {
    const r = rows ? rows[i] : i;
    let failed: FacetCounter | null = null;
    let failures = 0;
    for (const counter of active) {
      if (!counter.passes!(r)) {
        failed = counter;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failed) {
      failed.count(r);
      continue;
    }
    total++;
    passing[r] = 1;
    for (const counter of counters) counter.count(r);
  }
  const byFacet = Object.fromEntries(counters.map((c) => [c.key, c.result()]));
  return { total, passing, ...byFacet } as RawFacetCounts;
}

/** Row numbers of the given project ids (ids the index does not know, e.g. imported since, are skipped). */
export function rowsOf(index: FacetIndex, ids: readonly number[]): Int32Array {
  const rows = new Int32Array(ids.length);
  let n = 0;
  for (const id of ids) {
    const r = index.rowOf.get(id);
    if (r !== undefined) rows[n++] = r;
  }
  return rows.subarray(0, n);
}

/** Ids of the passing projects in recency order, `limit` of them after skipping `offset`. */
export function recentIds(index: FacetIndex, passing: Uint8Array, offset: number, limit: number): number[] {
  const out: number[] = [];
  let skipped = 0;
  for (let i = 0; i < index.byRecency.length && out.length < limit; i++) {
    const r = index.byRecency[i];
    if (!passing[r]) continue;
    if (skipped < offset) skipped++;
    else out.push(index.ids[r]);
  }
  return out;
}
