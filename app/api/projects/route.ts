import { NextResponse, type NextRequest } from "next/server";
import { toExportItem } from "@/lib/export/projects";
import { parseSearchParams } from "@/lib/search/params";
import { allMatchingProjects } from "@/lib/search/queries";

// GET /api/projects?<search params>: every matching project, same filters as the search page.
export async function GET(request: NextRequest) {
  const params = parseSearchParams(request.nextUrl.searchParams);
  const hits = await allMatchingProjects(params);
  const items = hits.map((hit) => toExportItem(hit, request.nextUrl.origin));
  return NextResponse.json({ total: items.length, items });
}
