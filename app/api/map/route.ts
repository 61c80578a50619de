import { NextResponse, type NextRequest } from "next/server";
import { encodeMapPoints } from "@/lib/domain/map-points";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { mapPlaces } from "@/lib/search/map";
import { parseSearchParams } from "@/lib/search/params";
import { withDataETag } from "@/lib/http/conditional";

// GET /api/map?<search params>: the map's places in the columnar format of lib/domain/map-points.ts
// (what the clustered view draws, no project lists), filtered like the search page. A popup asks
// GET /api/map/places/<id> for the place's projects.
async function respond(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const { places, countries } = await mapPlaces(parseSearchParams(search));
  return NextResponse.json(encodeMapPoints(places, countries), {
    // The data only changes on import: let browsers reuse it briefly and revalidate in the background.
    headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=3600", ...queryTruncationHeaders(search) },
  });
}

export const GET = (request: NextRequest) => withDataETag(request, () => respond(request));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
