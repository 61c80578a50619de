import { NO_YEAR, type FacetIndex, type ListFacet } from "./facet-index";
import { FACET_KEYS, type FacetKey, type SearchParams } from "./params";

/**
 * Counts every facet over a set of projects, each facet with every active filter except its own
 * (what the user would get by choosing another value of it), in one pass: a project that fails
 * no filter counts in every facet, one that fails a single filter counts only in that filter's
 * facet, one that fails two or more counts nowhere. Same rules as lib/search/filters.ts: values
 * of one filter are OR-ed, filters are AND-ed.
 */

export interface RawFacetCounts {
  /** Projects that pass every filter. */
  total: number;
  /** By row: 1 for a project that passes every filter. */
  passing: Uint8Array;
  country: Map<string, number>;
  thematic: Map<number, number>;
  status: Map<string, number>;
  year: Map<number, number>;
  french: Map<number, number>;
  region: Map<string, number>;
  funder: Map<string, number>;
  sdg: Map<number, number>;
}

/** The list column each list-valued facet counts (and filters) on. */
function listOf(key: FacetKey, params: SearchParams): ListFacet | null {
  switch (key) {
    case "thematic": return params.primary ? "primaryTheme" : "theme";
    case "country": case "french": case "region": case "funder": case "sdg": return key;
    default: return null;
  }
}

interface Filter {
  key: FacetKey;
  passes: (row: number) => boolean;
}

/** The values a list filter keeps: the params field of the same name (the year range is not a list). */
function selectedValues(key: Exclude<FacetKey, "year">, params: SearchParams): (string | number)[] {
  return params[key] as (string | number)[];
}

function activeFilters(index: FacetIndex, params: SearchParams): Filter[] {
  const filters: Filter[] = [];
  for (const key of FACET_KEYS) {
    if (key === "year") {
      const { from, to } = params;
      if (from === undefined && to === undefined) continue;
      const low = from ?? -Infinity;
      const high = to ?? Infinity;
      filters.push({ key, passes: (r) => index.startYear[r] !== NO_YEAR && index.startYear[r] >= low && index.startYear[r] <= high });
      continue;
    }
    const selected = selectedValues(key, params);
    if (selected.length === 0) continue;
    if (key === "status") {
      const wanted = new Set(selected.map((s) => index.statusDomain.indexOf(String(s))).filter((i) => i >= 0));
      filters.push({ key, passes: (r) => wanted.has(index.status[r]) });
      continue;
    }
    const column = index.lists[listOf(key, params)!];
    const mask = new Uint8Array(column.domain.length);
    for (const value of selected) {
      const i = column.indexOf.get(value);
      if (i !== undefined) mask[i] = 1;
    }
    filters.push({
      key,
      passes: (r) => {
        for (let at = column.offsets[r]; at < column.offsets[r + 1]; at++) if (mask[column.values[at]]) return true;
        return false;
      },
    });
  }
  return filters;
}

/** Counts over `rows` (row numbers of the index), or over every project when `rows` is null. */
export function countFacets(index: FacetIndex, rows: Int32Array | null, params: SearchParams): RawFacetCounts {
  const filters = activeFilters(index, params);
  const listCounters = new Map<FacetKey, { facet: ListFacet; counts: Int32Array }>();
  for (const key of FACET_KEYS) {
    const facet = listOf(key, params);
    if (facet) listCounters.set(key, { facet, counts: new Int32Array(index.lists[facet].domain.length) });
  }
  const statusCounts = new Int32Array(index.statusDomain.length);
  const yearCounts = new Map<number, number>();
  const passing = new Uint8Array(index.size);
  let total = 0;

  const count = (key: FacetKey, r: number) => {
    if (key === "status") {
      if (index.status[r] >= 0) statusCounts[index.status[r]]++;
    } else if (key === "year") {
      const year = index.startYear[r];
      if (year !== NO_YEAR) yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    } else {
      const { facet, counts } = listCounters.get(key)!;
      const column = index.lists[facet];
      for (let at = column.offsets[r]; at < column.offsets[r + 1]; at++) counts[column.values[at]]++;
    }
  };

  const size = rows ? rows.length : index.size;
  for (let i = 0; i < size; i++) {
    const r = rows ? rows[i] : i;
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const filter of filters) {
      if (!filter.passes(r)) {
        failed = filter.key;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failed) {
      count(failed, r);
      continue;
    }
    total++;
    passing[r] = 1;
    for (const key of FACET_KEYS) count(key, r);
  }

  const listCounts = <T extends string | number>(key: FacetKey): Map<T, number> => {
    const { facet, counts } = listCounters.get(key)!;
    const domain = index.lists[facet].domain;
    const out = new Map<T, number>();
    counts.forEach((n, i) => { if (n > 0) out.set(domain[i] as T, n); });
    return out;
  };
  const status = new Map<string, number>();
  statusCounts.forEach((n, i) => { if (n > 0) status.set(index.statusDomain[i], n); });
  return {
    total,
    passing,
    country: listCounts<string>("country"),
    thematic: listCounts<number>("thematic"),
    status,
    year: yearCounts,
    french: listCounts<number>("french"),
    region: listCounts<string>("region"),
    funder: listCounts<string>("funder"),
    sdg: listCounts<number>("sdg"),
  };
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
