import { NextResponse, type NextRequest } from "next/server";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { MAP_DATA_CACHE_CONTROL } from "@/lib/http/map-cache";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { mapPointsJson } from "@/lib/search/map";
import { badRequest } from "@/lib/http/api-error";
import { readApiSearch } from "@/lib/http/lang";
import { withDataETag } from "@/lib/http/conditional";

// GET /api/map?<search params>&lang=: the map's places in the columnar format of lib/domain/map-points.ts
// (what the clustered view draws, no project lists), filtered like the search page, countries named in `lang`. A popup asks
// GET /api/map/places/<id> for the place's projects.
async function respond(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const read = readApiSearch(search);
  if ("error" in read) return badRequest(read.error);
  return new NextResponse(await mapPointsJson(read.params, read.locale), {
    headers: {
      "Content-Type": "application/json",
      // The data only changes on import: let browsers reuse it briefly and revalidate in the background.
      "Cache-Control": MAP_DATA_CACHE_CONTROL,
      ...queryTruncationHeaders(search),
    },
  });
}

export const GET = (request: NextRequest) => withDataETag(request, () => respond(request));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
