import { NextResponse, type NextRequest } from "next/server";
import { projectsToCsv, toExportItem } from "@/lib/export/projects";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { parseSearchParams } from "@/lib/search/params";
import { allMatchingProjects } from "@/lib/search/queries";

// GET /api/projects/export?format=csv|json&<search params>: a download of exactly the filtered projects, all of them.
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const format = search.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return NextResponse.json({ error: "format doit valoir csv ou json" }, { status: 400 });
  }
  const params = parseSearchParams(search);
  const origin = publicOrigin(request);
  const items = (await allMatchingProjects(params)).map((hit) => toExportItem(hit, origin));
  const stamp = new Date().toISOString().slice(0, 10);
  const body = format === "csv" ? projectsToCsv(items) : JSON.stringify({ total: items.length, items }, null, 2);
  return new NextResponse(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="atlas-projets-${stamp}.${format}"`,
      ...queryTruncationHeaders(search),
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
