import { createTranslator } from "next-intl";
import frenchSearchMessages from "../i18n/messages/fr/search.json";
import type { Locale } from "../i18n/routing";
import type { Filter, ListFilterOf } from "./filter-registry";

/**
 * The interface labels of a search filter are messages of the "search" catalogue named after the
 * filter's registry key (`filters.country.title`…): a filter is declared once in
 * lib/search/filter-registry.ts and its labels follow from its key and what it declares (a
 * variant, a range, its own empty text). tests/unit/search/filter-messages.test.ts checks that
 * every language has each message a filter needs.
 */

/** A translator of the "search" namespace: next-intl's `t` from `getTranslations("search")` or `useTranslations("search")`. */
export type SearchTranslate = (key: string, values?: Record<string, string | number>) => string;

/** The French labels, for texts that are French whatever the page (the OpenAPI document of the API). */
export const frenchSearchLabels = createTranslator({
  locale: "fr",
  messages: { search: frenchSearchMessages },
  namespace: "search",
}) as unknown as SearchTranslate;

export const filterTitleKey = (filter: Filter) => `filters.${filter.key}.title`;
export const variantKey = (filter: ListFilterOf, part: "variantOn" | "variantOff" | "variantChip") =>
  `filters.${filter.key}.${part}`;
export const boundKey = (filter: Filter, bound: "from" | "to") => `filters.${filter.key}.${bound}`;
export const emptyKey = (filter: ListFilterOf) =>
  filter.ownEmptyLabel ? `filters.${filter.key}.empty` : "facet.empty";

/** Every message a filter's facet and chips use. */
export function filterMessageKeys(filter: Filter): string[] {
  if (filter.kind === "range") return [filterTitleKey(filter), boundKey(filter, "from"), boundKey(filter, "to")];
  const variant = filter.variant
    ? (["variantOn", "variantOff", "variantChip"] as const).map((part) => variantKey(filter, part))
    : [];
  return [filterTitleKey(filter), ...variant, emptyKey(filter)];
}

/** A value of a list facet as shown in `locale`: through the filter's `display`, else its label. */
export function valueLabel(filter: ListFilterOf, value: string, label: string, locale: Locale): string {
  return filter.display ? filter.display(value, label, locale) : label;
}
