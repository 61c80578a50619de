import type { NextRequest } from "next/server";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { pageMapPlaceResponse } from "@/lib/http/page-map-response";
import { countryCodeSegment, readSegment } from "@/lib/http/route-params";
import { countryMapPlaces } from "@/lib/page-data/page-maps";

// GET /api/countries/{code}/map/places/{id}?lang=: one place of the country page's map with its
// first 50 projects (a popup); 404 when the place is not on that map.
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string; id: string }> }) {
  const { code: rawCode, id } = await params;
  const code = readSegment(countryCodeSegment, rawCode);
  return pageMapPlaceResponse(request, id, async () => (code === null ? null : countryMapPlaces(code)));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
