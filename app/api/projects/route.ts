import { NextResponse, type NextRequest } from "next/server";
import { toExportItem } from "@/lib/export/projects";
import { readLang } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { pageQueryString, readPaging } from "@/lib/http/paging";
import { publicOrigin } from "@/lib/http/public-origin";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { parseSearchParams } from "@/lib/search/params";
import { queryTruncated } from "@/lib/search/query-length";
import { matchingProjectsWindow } from "@/lib/search/queries";
import { withDataETag } from "@/lib/http/conditional";
import { badRequest } from "@/lib/http/api-error";

// GET /api/projects?<search params>&page=&pageSize=: one page of the matching projects (same
// filters as the search page; `lang=en`: English labels and query), the total, and the absolute URL of the next page (null on the last).
async function respond(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const paging = readPaging(search);
  if ("error" in paging) return badRequest(paging.error);
  const lang = readLang(search);
  if ("error" in lang) return badRequest(lang.error);
  const { locale } = lang;
  const params = parseSearchParams(search, locale);
  const origin = publicOrigin(request);
  const { page, pageSize } = paging;
  const { total, items } = await matchingProjectsWindow(params, (page - 1) * pageSize, pageSize);
  const next =
    page * pageSize < total
      ? `${origin}/api/projects${pageQueryString(params, page + 1, pageSize)}${locale === "fr" ? "" : `&lang=${locale}`}`
      : null;
  return NextResponse.json(
    {
      total,
      page,
      pageSize,
      next,
      // The text actually searched: a query over 200 characters is cut, and said so here.
      q: params.q ?? null,
      queryTruncated: queryTruncated(search),
      items: items.map((hit) => toExportItem(hit, origin, locale)),
    },
    { headers: queryTruncationHeaders(search) },
  );
}

export const GET = (request: NextRequest) => withDataETag(request, () => respond(request));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
