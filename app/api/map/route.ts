import { NextResponse, type NextRequest } from "next/server";
import { encodeMapData } from "@/lib/domain/map-format";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { benchCount, benchPlaces, mapPlaces } from "@/lib/search/map";
import { parseSearchParams } from "@/lib/search/params";
import { withDataETag } from "@/lib/http/conditional";

// GET /api/map?<search params>: the map's places in the compact format (lib/domain/map-format.ts),
// filtered like the search page. `?bench=N` answers N generated places, for the benchmark only.
async function respond(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const bench = benchCount(search.get("bench"));
  const places = bench ? benchPlaces(bench) : (await mapPlaces(parseSearchParams(search))).places;
  return NextResponse.json(encodeMapData(places), {
    // The data only changes on import: let browsers reuse it briefly and revalidate in the background.
    headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=3600", ...queryTruncationHeaders(search) },
  });
}

export const GET = (request: NextRequest) => withDataETag(request, () => respond(request));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
