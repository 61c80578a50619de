import { NextResponse, type NextRequest } from "next/server";
import { badRequest, notFound } from "@/lib/http/api-error";
import { withDataETag } from "@/lib/http/conditional";
import { readLang } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";
import { countryMapPlaces, pageMapJson } from "@/lib/page-data/page-maps";
import { MAP_DATA_CACHE_CONTROL } from "@/lib/http/map-cache";

// GET /api/countries/{code}/map?lang=: the country page's map (its placed partner collectivités) in
// the wire format of GET /api/map, for a page with too many of them to inline.
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  return withDataETag(request, async () => {
    const lang = readLang(request.nextUrl.searchParams);
    if ("error" in lang) return badRequest(lang.error);
    const code = readSegment(countryCodeSegment, (await params).code);
    const places = code === null ? null : await countryMapPlaces(code);
    if (!places) return notFound("L'atlas ne connaît aucun projet ni poste dans ce pays.");
    return new NextResponse(pageMapJson(places, lang.locale), {
      headers: { "Content-Type": "application/json", "Cache-Control": MAP_DATA_CACHE_CONTROL },
    });
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
