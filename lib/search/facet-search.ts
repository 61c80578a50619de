import "server-only";
import { foldForMatch } from "../text/fold";
import type { Locale } from "../i18n/routing";
import type { FilterValue } from "./filter-kinds";
import { valueLabel } from "./filter-messages";
import { LIST_FILTERS, type ListFilterOf } from "./filter-registry";
import { listValues, type FacetValue } from "./facets";
import { searchMatches } from "./matches";
import type { SearchParams } from "./params";

/** Matches a facet search returns: enough to pick from, small enough for a dropdown. */
export const FACET_SEARCH_LIMIT = 20;

/** The list filter of a URL key, or undefined (the route answers 404). */
export function listFilterOf(key: string): ListFilterOf | undefined {
  return LIST_FILTERS.find((f) => f.key === key);
}

/** Whether a value's label holds every word of the typed term, accents and case folded. */
export function labelMatches(label: string, term: string): boolean {
  const words = foldForMatch(term).split(" ").filter(Boolean);
  const folded = foldForMatch(label);
  return words.every((w) => folded.includes(w));
}

/**
 * The values of one facet whose label matches `term`, counted for the search `params` (every
 * value, not only the `top` ones the page shows), by its label as shown in `locale`: a facet of thousands of collectivités offers
 * any of them this way, without putting them all in the page.
 */
export async function searchFacetValues(
  filter: ListFilterOf,
  params: SearchParams,
  term: string,
  locale: Locale,
): Promise<FacetValue[]> {
  const { loaded, counts } = await searchMatches(params);
  const map: Map<FilterValue, number> = counts[filter.key];
  return listValues(filter, loaded, map, [], true)
    .filter((v) => labelMatches(valueLabel(filter, v.value, v.label, locale), term))
    .slice(0, FACET_SEARCH_LIMIT);
}
