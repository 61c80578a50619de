import type { z } from "zod";
import type { Locale } from "../i18n/routing";

/**
 * The two kinds of search filter and what a declaration of one holds. A filter is declared once
 * (lib/search/filter-registry.ts); the URL schema, the query string, the SQL `WHERE`, the
 * in-memory facet counting and the facet panel are all derived from its declaration. No Prisma
 * and no React here: the declarations are plain data, importable anywhere.
 */

export type FilterValue = string | number;

/**
 * The column of `project p` a list filter reads, both in SQL and in memory (the facet index
 * loads the same column), so the two search paths read the same data by construction.
 * An `array` column matches when it holds one of the chosen values (`&&`); a `scalar` column
 * when its value is one of them (`= ANY`), and counts as a list of zero or one value.
 */
export interface FilterColumn {
  name: string;
  sqlType: "text" | "int";
  shape: "array" | "scalar";
}

export const arrayColumn = (name: string, sqlType: FilterColumn["sqlType"]): FilterColumn => ({
  name,
  sqlType,
  shape: "array",
});
export const scalarColumn = (name: string, sqlType: FilterColumn["sqlType"]): FilterColumn => ({
  name,
  sqlType,
  shape: "scalar",
});

/**
 * Where a facet's value labels come from: the value itself, or a SQL query (constant text, run
 * once per data version) giving rows `value, label` (plus `level, parent` for a tree).
 * `unknown` says what a value missing from the query shows: its raw value, or nothing (dropped).
 */
export type FilterLabels = { from: "value" } | { from: "sql"; sql: string; unknown: "value" | "drop" };

/** A filter whose URL key holds a list of values (`?country=SN&country=ML`): OR-ed within, AND-ed with the others. */
export interface ListFilter<
  K extends string = string,
  T extends FilterValue = FilterValue,
  Flag extends string = string,
> {
  kind: "list";
  /** URL key, params field, facet key; also names its labels in the "search" catalogue (lib/search/filter-messages.ts). */
  key: K;
  /** How one URL value is parsed; invalid values are dropped. */
  item: z.ZodType<T>;
  column: FilterColumn;
  /**
   * A yes/no URL flag (`?primary=1`) that switches the filter to another column; shown under the
   * facet as a toggle link (its labels are the catalogue's `variantOn`, `variantOff`, `variantChip`).
   */
  variant?: { flag: Flag; column: FilterColumn };
  labels: FilterLabels;
  /** How a value is shown in the facet in a language, from its value and label (default: the label). */
  display?: (value: string, label: string, locale: Locale) => string;
  /** Order of the facet's values: by count (ties by label, the default) or by value. */
  order?: "count" | "value";
  /** Values nest by their `parent` label column; a child shows once its parent is chosen. */
  tree?: boolean;
  /** Only the `top` most frequent values are offered (a facet of thousands of collectivités). */
  top?: number;
  /**
   * A long facet (countries, collectivités): a box filters its values as one types (and asks
   * /api/facets/<key> for those the page does not list), and unfolded it lists them A–Z.
   */
  searchable?: boolean;
  /** Values shown before "Voir N de plus" (default 8). */
  folded?: number;
  /** Its own text for "no project of the search has a value" (the catalogue's `empty`), instead of the general one. */
  ownEmptyLabel?: boolean;
}

/** A filter on an integer column of `project p` between two URL bounds (`?from=2015&to=2020`); a reversed range is swapped. */
export interface RangeFilter<K extends string = string, From extends string = string, To extends string = string> {
  kind: "range";
  key: K;
  from: From;
  to: To;
  /** How one bound is parsed. */
  item: z.ZodType<number>;
  /** An integer column; a project without a value is outside every range. */
  column: string;
  /** The bounds of the two number inputs (their labels are the catalogue's `from` and `to`). */
  input: { min: number; max: number };
}

/** Identity functions that keep the literal types of a declaration (the params types are derived from them). */
export function listFilter<const K extends string, T extends FilterValue, const Flag extends string = never>(
  filter: Omit<ListFilter<K, T, Flag>, "kind">,
): ListFilter<K, T, Flag> {
  return { kind: "list", ...filter };
}

export function rangeFilter<const K extends string, const From extends string, const To extends string>(
  filter: Omit<RangeFilter<K, From, To>, "kind">,
): RangeFilter<K, From, To> {
  return { kind: "range", ...filter };
}

/** The params fields a filter contributes, as `{ key, value }` pairs (a union per filter); range bounds may be absent. */
export type FieldsOf<F> =
  F extends ListFilter<infer K, infer T, infer Flag>
    ? { key: K; value: T[]; optional: false } | { key: Flag; value: boolean; optional: false }
    : F extends RangeFilter<string, infer From, infer To>
      ? { key: From | To; value: number; optional: true }
      : never;

/** The column a list filter reads for these params: its variant's when the variant's flag is on. */
export function columnOf(filter: ListFilter, params: { readonly [field: string]: unknown }): FilterColumn {
  return filter.variant && params[filter.variant.flag] === true ? filter.variant.column : filter.column;
}
