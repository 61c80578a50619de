import type { NextRequest } from "next/server";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { pageMapResponse } from "@/lib/http/page-map-response";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { collectiviteMapPlaces } from "@/lib/page-data/page-maps";

// GET /api/collectivites/{slug}/map?lang=: the collectivité page's map (itself and its placed
// partners) in the wire format of GET /api/map, for a page with too many of them to inline.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = readSegment(pathSegment, (await params).slug);
  return pageMapResponse(
    request,
    async () => (slug === null ? null : collectiviteMapPlaces(slug)),
    "Aucune collectivité ne porte cet identifiant.",
  );
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
