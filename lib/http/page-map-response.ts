import { NextResponse, type NextRequest } from "next/server";
import { POPUP_PROJECTS, type MapPlace } from "../domain/map-place";
import { pageMapJson, pageMapPlace } from "../page-data/page-maps";
import { badRequest, notFound } from "./api-error";
import { withDataETag } from "./conditional";
import { readLang } from "./lang";
import { MAP_DATA_CACHE_CONTROL } from "./map-cache";
import { placeIdSegment, readSegment } from "./route-params";

/**
 * The answers of a page's map routes (GET /api/countries/{code}/map, /api/collectivites/{slug}/map
 * and their /places/{id}): `?lang=` read first (400), then the page's places (`read`: null for an
 * unknown page, a 404 saying `missing`), in the wire format of GET /api/map or as one popup.
 */
type PlacesRead = () => Promise<MapPlace[] | null>;

export function pageMapResponse(request: NextRequest, read: PlacesRead, missing: string): Promise<Response> {
  return withDataETag(request, async () => {
    const lang = readLang(request.nextUrl.searchParams);
    if ("error" in lang) return badRequest(lang.error);
    const places = await read();
    if (!places) return notFound(missing);
    return new NextResponse(pageMapJson(places, lang.locale), {
      headers: { "Content-Type": "application/json", "Cache-Control": MAP_DATA_CACHE_CONTROL },
    });
  });
}

/** One place of the page's map with its first projects (a popup); 404 when it is not on that map. */
export function pageMapPlaceResponse(request: NextRequest, rawId: string, read: PlacesRead): Promise<Response> {
  return withDataETag(request, async () => {
    const lang = readLang(request.nextUrl.searchParams);
    if ("error" in lang) return badRequest(lang.error);
    const id = readSegment(placeIdSegment, rawId);
    const places = id === null ? null : await read();
    const place = places && id !== null ? pageMapPlace(places, id, POPUP_PROJECTS, lang.locale) : null;
    if (!place) return notFound("Lieu absent de cette carte.");
    return NextResponse.json(place, { headers: { "Cache-Control": MAP_DATA_CACHE_CONTROL } });
  });
}
