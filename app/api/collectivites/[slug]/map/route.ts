import { NextResponse, type NextRequest } from "next/server";
import { badRequest, notFound } from "@/lib/http/api-error";
import { withDataETag } from "@/lib/http/conditional";
import { readLang } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { collectiviteMapPlaces, pageMapJson } from "@/lib/page-data/page-maps";
import { MAP_DATA_CACHE_CONTROL } from "@/lib/http/map-cache";

// GET /api/collectivites/{slug}/map?lang=: the collectivité page's map (itself and its placed
// partners) in the wire format of GET /api/map, for a page with too many of them to inline.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return withDataETag(request, async () => {
    const lang = readLang(request.nextUrl.searchParams);
    if ("error" in lang) return badRequest(lang.error);
    const slug = readSegment(pathSegment, (await params).slug);
    const places = slug === null ? null : await collectiviteMapPlaces(slug);
    if (!places) return notFound("Aucune collectivité ne porte cet identifiant.");
    return new NextResponse(pageMapJson(places, lang.locale), {
      headers: { "Content-Type": "application/json", "Cache-Control": MAP_DATA_CACHE_CONTROL },
    });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
