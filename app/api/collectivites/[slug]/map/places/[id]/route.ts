import type { NextRequest } from "next/server";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { pageMapPlaceResponse } from "@/lib/http/page-map-response";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { collectiviteMapPlaces } from "@/lib/page-data/page-maps";

// GET /api/collectivites/{slug}/map/places/{id}?lang=: one place of the collectivité page's map with
// the first 50 projects it shares with the collectivité (a popup); 404 when the place is not on that map.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug: rawSlug, id } = await params;
  const slug = readSegment(pathSegment, rawSlug);
  return pageMapPlaceResponse(request, id, async () => (slug === null ? null : collectiviteMapPlaces(slug)));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
