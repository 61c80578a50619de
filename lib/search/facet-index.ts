import type { FilterValue } from "./filter-kinds";
import { LIST_FILTERS, RANGE_FILTERS } from "./filter-registry";

/**
 * Every project's filter columns held in memory, in compact arrays, so that the counts of all
 * facets for any search take one pass over the matching projects in JavaScript. The columns are
 * those the filters declare (lib/search/filter-registry.ts): the same columns SQL filters on.
 *
 * Why not SQL: each facet counted in SQL re-scanned the matches and unnested an array per row.
 * For a common word (11,000 of 20,000 projects) that was 3–14 ms per facet, eight facets per
 * search, on two cores. The facet arrays only change on import, so they are loaded once per
 * data version (lib/search/facet-load.ts) and a search costs one SQL query for its text matches.
 */

/** Columns read as lists (an array column, or a scalar one as a list of zero or one value). */
export const LIST_COLUMNS = [
  ...new Set(LIST_FILTERS.flatMap((f) => [f.column.name, ...(f.variant ? [f.variant.column.name] : [])])),
];
/** The start year orders the results newest first, filtered or not. */
const RECENCY_COLUMN = "start_year";
/** Integer columns: the ranges' and the result order's. */
export const NUMBER_COLUMNS = [...new Set([RECENCY_COLUMN, ...RANGE_FILTERS.map((f) => f.column)])];

/** One project's row as read from the database: its id and each column above by name. */
export type FacetSourceRow = { id: number } & Record<string, FilterValue | FilterValue[] | null>;

/**
 * A list column in compressed-row form: project `r` has the values
 * `domain[values[offsets[r]]] … domain[values[offsets[r + 1] - 1]]`.
 */
export interface ListColumn {
  domain: FilterValue[];
  /** Position of each value of `domain`, to turn a filter's values into domain indexes. */
  indexOf: Map<FilterValue, number>;
  offsets: Int32Array;
  values: Int32Array;
}

export interface FacetIndex {
  size: number;
  /** Project id → row. */
  rowOf: Map<number, number>;
  /** Row → project id. */
  ids: Int32Array;
  /** Rows newest first (start year descending, unknown years last, then id descending): the default order of results. */
  byRecency: Int32Array;
  /** Per integer column, its value per row; NO_VALUE when unknown. */
  numbers: Record<string, Int32Array>;
  lists: Record<string, ListColumn>;
}

export const NO_VALUE = -2_147_483_648;

function asList(value: FilterValue | FilterValue[] | null | undefined): FilterValue[] {
  return Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
}

function listColumn(rows: FacetSourceRow[], name: string): ListColumn {
  const domain: FilterValue[] = [];
  const indexOf = new Map<FilterValue, number>();
  const offsets = new Int32Array(rows.length + 1);
  let total = 0;
  for (const row of rows) total += asList(row[name]).length;
  const values = new Int32Array(total);
  let at = 0;
  rows.forEach((row, r) => {
    offsets[r] = at;
    for (const value of asList(row[name])) {
      let index = indexOf.get(value);
      if (index === undefined) {
        index = domain.length;
        domain.push(value);
        indexOf.set(value, index);
      }
      values[at++] = index;
    }
  });
  offsets[rows.length] = at;
  return { domain, indexOf, offsets, values };
}

function numberColumn(rows: FacetSourceRow[], name: string): Int32Array {
  return Int32Array.from(rows, (row) => (typeof row[name] === "number" ? row[name] : NO_VALUE));
}

export function buildFacetIndex(rows: FacetSourceRow[]): FacetIndex {
  const rowOf = new Map(rows.map((row, r) => [row.id, r]));
  const lists = Object.fromEntries(LIST_COLUMNS.map((name) => [name, listColumn(rows, name)]));
  const numbers = Object.fromEntries(NUMBER_COLUMNS.map((name) => [name, numberColumn(rows, name)]));
  const ids = Int32Array.from(rows, (row) => row.id);
  const startYear = numbers[RECENCY_COLUMN];
  const byRecency = Int32Array.from(rows.keys()).sort((a, b) => {
    const [ya, yb] = [startYear[a], startYear[b]];
    if (ya !== yb) return ya === NO_VALUE ? 1 : yb === NO_VALUE ? -1 : yb - ya;
    return ids[b] - ids[a];
  });
  return { size: rows.length, rowOf, ids, byRecency, numbers, lists };
}
