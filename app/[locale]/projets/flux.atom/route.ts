import { NextResponse, type NextRequest } from "next/server";
import { atomFeed } from "@/lib/atom/feed";
import { feedEntries } from "@/lib/atom/entries";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { parseSearchParams, toQueryString } from "@/lib/search/params";

// GET /projets/flux.atom?<search params>: the newest 50 matching projects as an Atom feed.
export async function GET(request: NextRequest) {
  const params = parseSearchParams(request.nextUrl.searchParams);
  const origin = publicOrigin(request);
  const query = toQueryString(params, { page: 1, more: [] });
  const xml = atomFeed(
    await feedEntries(params),
    origin,
    `${origin}/projets/flux.atom${query}`,
    `${origin}/projets${query}`,
  );
  return new NextResponse(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
