import { NextResponse, type NextRequest } from "next/server";
import { iatiDocument } from "@/lib/iati/document";
import { iatiProjects } from "@/lib/iati/load";
import { reportingOrgId } from "@/lib/iati/organisation";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { parseSearchParams } from "@/lib/search/params";

// GET /api/iati.xml?<search params>: the matching projects as an IATI 2.03 activity file.
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const projects = await iatiProjects(parseSearchParams(search));
  return new NextResponse(iatiDocument(projects, reportingOrgId(), publicOrigin(request)), {
    headers: { "Content-Type": "application/xml; charset=utf-8", ...queryTruncationHeaders(search) },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
