import type { FilterValue } from "./filter-kinds";
import { filterTitleKey, type SearchTranslate, variantKey } from "./filter-messages";
import { FILTERS, type ListFilterOf, type RangeFilterOf } from "./filter-registry";
import { toQueryString, type SearchParams } from "./params";

/** One active filter as a removable chip: its label, and the URL of the same search without it. */
export interface FilterChip {
  key: string;
  /** "Pays du partenaire : Tunisie" (in the language of the translator). */
  label: string;
  href: string;
}

/** A value's label as its facet shows it: `labelOf` gives the facet's label for a value, if it knows it. */
export type LabelOf = (filter: ListFilterOf, value: string) => string | undefined;

function listChips(
  filter: ListFilterOf,
  base: string,
  params: SearchParams,
  labelOf: LabelOf,
  t: SearchTranslate,
): FilterChip[] {
  const values: FilterValue[] = params[filter.key];
  const chips = values.map((value) => {
    const raw = String(value);
    const label = labelOf(filter, raw) ?? raw;
    const rest = values.filter((v) => v !== value);
    return {
      key: `${filter.key}=${raw}`,
      label: t("chips.chip", { filter: t(filterTitleKey(filter)), value: label }),
      href: `${base}${toQueryString(params, { [filter.key]: rest, page: 1 } as Partial<SearchParams>)}`,
    };
  });
  const { variant } = filter;
  if (variant && params[variant.flag]) {
    chips.push({
      key: variant.flag,
      label: t(variantKey(filter, "variantChip")),
      href: `${base}${toQueryString(params, { [variant.flag]: false, page: 1 } as Partial<SearchParams>)}`,
    });
  }
  return chips;
}

function rangeChips(filter: RangeFilterOf, base: string, params: SearchParams, t: SearchTranslate): FilterChip[] {
  const [from, to] = [params[filter.from], params[filter.to]].map((bound) =>
    bound === undefined ? undefined : String(bound),
  );
  if (from === undefined && to === undefined) return [];
  const span =
    from !== undefined && to !== undefined
      ? from === to
        ? from
        : t("chips.between", { from, to })
      : from !== undefined
        ? t("chips.since", { from })
        : t("chips.until", { to: to as string });
  const href = `${base}${toQueryString(params, { [filter.from]: undefined, [filter.to]: undefined, page: 1 } as Partial<SearchParams>)}`;
  return [{ key: filter.key, label: t("chips.chip", { filter: t(filterTitleKey(filter)), value: span }), href }];
}

/**
 * Every active filter of the params, in the registry's order, one chip per chosen value, labelled
 * by `t` (the "search" messages of the page's language). Hrefs are internal paths (from `base`).
 */
export function filterChips(base: string, params: SearchParams, labelOf: LabelOf, t: SearchTranslate): FilterChip[] {
  return FILTERS.flatMap((filter) =>
    filter.kind === "range" ? rangeChips(filter, base, params, t) : listChips(filter, base, params, labelOf, t),
  );
}

/** The same search with no filter at all: the text query and the sort stay. */
export function withoutFilters(base: string, params: SearchParams): string {
  return `${base}${toQueryString({ q: params.q, sort: params.sort })}`;
}
