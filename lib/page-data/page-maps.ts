import "server-only";
import type { MapPlace, MapPoint, MapProjectRef } from "../domain/map-place";
import { encodeMapPoints } from "../domain/map-points";
import type { Locale } from "../i18n/routing";
import { getCollectivite } from "./collectivite";
import { collectivitePageData } from "./collectivite-page";
import { countryPartners, getCountry } from "./country";
import { collectivitePlaces, countryPlaces, toPoint } from "./map-places";
import { withCountryNames } from "../i18n/data-labels";

/**
 * The maps of the country and collectivité pages, served apart from the page when they hold too
 * many places to inline (components/places/PlacesMiniMap.tsx): a capital's 2,300 partners were
 * 220 kB of a 860 kB page, and a third of its rendering time. Read from the same data as the
 * page (kept until the next import for the large ones), so map and page always agree.
 */

/** The country page's places: its partner collectivités that have a position; null for an unknown country. */
export async function countryMapPlaces(code: string): Promise<MapPlace[] | null> {
  const country = await getCountry(code);
  if (!country) return null;
  return countryPlaces(await countryPartners(country.code), country.code, country.name);
}

/** The collectivité page's places: itself and its placed partners; null for an unknown slug. */
export async function collectiviteMapPlaces(slug: string): Promise<MapPlace[] | null> {
  const c = await getCollectivite(slug);
  if (!c) return null;
  const { projects, partners } = await collectivitePageData(c);
  return collectivitePlaces(c, projects, partners);
}

/** The places in the wire format of GET /api/map (the clustered view; no country view on these small maps). */
export function pageMapJson(places: MapPlace[], locale: Locale): string {
  return JSON.stringify(encodeMapPoints(withCountryNames(places, locale).map(toPoint), []));
}

/** One place of such a map with its first `limit` projects (a popup), or null when it is not on it. */
export function pageMapPlace(
  places: MapPlace[],
  id: number,
  limit: number,
  locale: Locale,
): (MapPoint & { projects: MapProjectRef[] }) | null {
  const place = places.find((p) => p.id === id);
  if (!place) return null;
  const [named] = withCountryNames([place], locale);
  return { ...toPoint(named), projects: place.projects.slice(0, limit) };
}
