import type { CountryProjects } from "@/lib/domain/map-place";
import { decodeMapData, type CompactMap } from "@/lib/domain/map-format";
import { decodeMapPoints, type MapPointsWire, type PinnedPlace } from "@/lib/domain/map-points";
import { countProjectsByCountry } from "./country-counts";

/**
 * Where the map's places come from: inline with the page (small sets) or from GET /api/map. A
 * render starts the request (so it runs while Leaflet loads) and the effect that draws takes it.
 */

export type Loaded = { places: PinnedPlace[]; countries: CountryProjects[] };

export function inlinePlaces(data: CompactMap): Loaded {
  const places = decodeMapData(data);
  return {
    places,
    countries: countProjectsByCountry(places),
  };
}

/** `/api/map?x=1` → `/api/map/places/<id>?x=1`: a popup's projects, with the map's filters. */
export function placeDetailsUrl(src: string, id: number): string {
  const [path, query] = src.split("?");
  return `${path}/places/${id}${query ? `?${query}` : ""}`;
}

/** Requests started by a render, by URL, until an effect takes them up (a later visit asks again). */
const started = new Map<string, Promise<Loaded>>();

function requestPlaces(src: string): Promise<Loaded> {
  return fetch(src)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<MapPointsWire>;
    })
    .then(decodeMapPoints);
}

export function startPlaces(src: string): void {
  if (started.has(src)) return;
  const request = requestPlaces(src);
  request.catch(() => {}); // the effect reports failures; none is "uncaught" before it takes the request
  started.set(src, request);
}

export function takePlaces(src: string): Promise<Loaded> {
  const request = started.get(src) ?? requestPlaces(src);
  started.delete(src);
  return request;
}
