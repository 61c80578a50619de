import { NextResponse, type NextRequest } from "next/server";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { MAP_DATA_CACHE_CONTROL } from "@/lib/http/map-cache";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { networkJson } from "@/lib/page-data/network";
import { badRequest } from "@/lib/http/api-error";
import { readApiSearch } from "@/lib/http/lang";

// GET /api/network?<search params>&lang=: the collectivités of the filtered projects and their links,
// in the compact format documented in lib/domain/network-format.ts.
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const read = readApiSearch(search);
  if ("error" in read) return badRequest(read.error);
  return new NextResponse(await networkJson(read.params), {
    headers: {
      "Content-Type": "application/json",
      // The data only changes on import: let browsers reuse it briefly and revalidate in the background.
      "Cache-Control": MAP_DATA_CACHE_CONTROL,
      ...queryTruncationHeaders(search),
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
