import { NextResponse, type NextRequest } from "next/server";
import { POPUP_PROJECTS } from "@/lib/domain/map-place";
import { badRequest, notFound } from "@/lib/http/api-error";
import { withDataETag } from "@/lib/http/conditional";
import { readLang } from "@/lib/http/lang";
import { MAP_DATA_CACHE_CONTROL } from "@/lib/http/map-cache";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { pathSegment, placeIdSegment, readSegment } from "@/lib/http/route-params";
import { collectiviteMapPlaces, pageMapPlace } from "@/lib/page-data/page-maps";

// GET /api/collectivites/{slug}/map/places/{id}?lang=: one place of the collectivité page's map with
// the first 50 projects it shares with the collectivité (a popup); 404 when the place is not on that map.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; id: string }> }) {
  return withDataETag(request, async () => {
    const lang = readLang(request.nextUrl.searchParams);
    if ("error" in lang) return badRequest(lang.error);
    const { slug: rawSlug, id: rawId } = await params;
    const [slug, id] = [readSegment(pathSegment, rawSlug), readSegment(placeIdSegment, rawId)];
    const places = slug === null || id === null ? null : await collectiviteMapPlaces(slug);
    const place = places && id !== null ? pageMapPlace(places, id, POPUP_PROJECTS, lang.locale) : null;
    if (!place) return notFound("Lieu absent de cette carte.");
    return NextResponse.json(place, { headers: { "Cache-Control": MAP_DATA_CACHE_CONTROL } });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
