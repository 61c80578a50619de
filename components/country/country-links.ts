import { parseSearchParams, toQueryString } from "@/lib/search/params";

/** The search of the country's projects (`?country=XX`), narrowed further by `overrides`. */
export function countrySearchHref(code: string, overrides: Parameters<typeof toQueryString>[1] = {}): string {
  return `/projets${toQueryString(parseSearchParams({ country: code }), overrides)}`;
}
