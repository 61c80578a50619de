import { NextResponse, type NextRequest } from "next/server";
import { POPUP_PROJECTS } from "@/lib/domain/map-place";
import { badRequest, notFound } from "@/lib/http/api-error";
import { withDataETag } from "@/lib/http/conditional";
import { readLang } from "@/lib/http/lang";
import { MAP_DATA_CACHE_CONTROL } from "@/lib/http/map-cache";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { countryCodeSegment, placeIdSegment, readSegment } from "@/lib/http/route-params";
import { countryMapPlaces, pageMapPlace } from "@/lib/page-data/page-maps";

// GET /api/countries/{code}/map/places/{id}?lang=: one place of the country page's map with its
// first 50 projects (a popup); 404 when the place is not on that map.
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string; id: string }> }) {
  return withDataETag(request, async () => {
    const lang = readLang(request.nextUrl.searchParams);
    if ("error" in lang) return badRequest(lang.error);
    const { code: rawCode, id: rawId } = await params;
    const [code, id] = [readSegment(countryCodeSegment, rawCode), readSegment(placeIdSegment, rawId)];
    const places = code === null || id === null ? null : await countryMapPlaces(code);
    const place = places && id !== null ? pageMapPlace(places, id, POPUP_PROJECTS, lang.locale) : null;
    if (!place) return notFound("Lieu absent de cette carte.");
    return NextResponse.json(place, { headers: { "Cache-Control": MAP_DATA_CACHE_CONTROL } });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
