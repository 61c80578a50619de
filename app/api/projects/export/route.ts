import { NextResponse, type NextRequest } from "next/server";
import { projectsToCsv, toExportItem } from "@/lib/export/projects";
import { parseSearchParams } from "@/lib/search/params";
import { allMatchingProjects } from "@/lib/search/queries";

// GET /api/projects/export?format=csv|json&<search params>: a download of exactly the filtered projects.
export async function GET(request: NextRequest) {
  const format = request.nextUrl.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return NextResponse.json({ error: "format doit valoir csv ou json" }, { status: 400 });
  }
  const params = parseSearchParams(request.nextUrl.searchParams);
  const items = (await allMatchingProjects(params)).map((hit) => toExportItem(hit, request.nextUrl.origin));
  const stamp = new Date().toISOString().slice(0, 10);
  const body = format === "csv" ? projectsToCsv(items) : JSON.stringify({ total: items.length, items }, null, 2);
  return new NextResponse(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="atlas-projets-${stamp}.${format}"`,
    },
  });
}
