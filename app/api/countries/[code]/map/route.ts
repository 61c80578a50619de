import type { NextRequest } from "next/server";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { pageMapResponse } from "@/lib/http/page-map-response";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";
import { countryMapPlaces } from "@/lib/page-data/page-maps";

// GET /api/countries/{code}/map?lang=: the country page's map (its placed partner collectivités) in
// the wire format of GET /api/map, for a page with too many of them to inline.
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const code = readSegment(countryCodeSegment, (await params).code);
  return pageMapResponse(
    request,
    async () => (code === null ? null : countryMapPlaces(code)),
    "L'atlas ne connaît aucun projet ni poste dans ce pays.",
  );
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
