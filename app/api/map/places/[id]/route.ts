import { NextResponse, type NextRequest } from "next/server";
import { badRequest, notFound } from "@/lib/http/api-error";
import { readApiSearch } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { MAP_DATA_CACHE_CONTROL } from "@/lib/http/map-cache";
import { placeIdSegment, readSegment } from "@/lib/http/route-params";
import { placeProjects } from "@/lib/search/map";
import { withCountryNames } from "@/lib/i18n/data-labels";
import { POPUP_PROJECTS } from "@/lib/domain/map-place";

// GET /api/map/places/<id>?<search params>&lang=: one place of the map with its matching projects (the
// first 50 by title, and how many in all), asked for when its popup opens. 404 when the place is
// not on the map these filters draw.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = readSegment(placeIdSegment, (await params).id);
  const read = readApiSearch(request.nextUrl.searchParams);
  if ("error" in read) return badRequest(read.error);
  const found = id === null ? null : await placeProjects(id, read.params, POPUP_PROJECTS);
  if (!found) return notFound("Lieu absent de cette carte.");
  return NextResponse.json(
    { ...withCountryNames([found.place], read.locale)[0], projects: found.projects },
    {
      headers: { "Cache-Control": MAP_DATA_CACHE_CONTROL },
    },
  );
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
