import { NextResponse, type NextRequest } from "next/server";
import { projectsToCsv, toExportItem } from "@/lib/export/projects";
import { readLang } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { parseSearchParams } from "@/lib/search/params";
import { allMatchingProjects } from "@/lib/search/queries";
import { withDataETag } from "@/lib/http/conditional";
import { badRequest } from "@/lib/http/api-error";

// GET /api/projects/export?format=csv|json&lang=fr|en&<search params>: a download of exactly the filtered projects, all of them.
async function respond(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const format = search.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return badRequest("format doit valoir csv ou json");
  }
  const lang = readLang(search);
  if ("error" in lang) return badRequest(lang.error);
  const { locale } = lang;
  const params = parseSearchParams(search, locale);
  const origin = publicOrigin(request);
  const items = (await allMatchingProjects(params)).map((hit) => toExportItem(hit, origin, locale));
  const stamp = new Date().toISOString().slice(0, 10);
  const body =
    format === "csv" ? projectsToCsv(items, locale) : JSON.stringify({ total: items.length, items }, null, 2);
  return new NextResponse(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="atlas-projets-${stamp}.${format}"`,
      ...queryTruncationHeaders(search),
    },
  });
}

export const GET = (request: NextRequest) => withDataETag(request, () => respond(request));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
