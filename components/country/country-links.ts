import { toMapPlaces, type MapPlace } from "@/lib/domain/map-place";
import type { CountryPartner } from "@/lib/page-data/country";
import { parseSearchParams, toQueryString } from "@/lib/search/params";

/** The search of the country's projects (`?country=XX`), narrowed further by `overrides`. */
export function countrySearchHref(code: string, overrides: Parameters<typeof toQueryString>[1] = {}): string {
  return `/projets${toQueryString(parseSearchParams({ country: code }), overrides)}`;
}

/** The country's partner collectivités that have a position, as places of the country's map. */
export function countryPlaces(partners: CountryPartner[], code: string, name: string): MapPlace[] {
  return toMapPlaces(partners.map((p) => ({ ...p, countryCode: code, countryName: name, side: "foreign" })));
}
