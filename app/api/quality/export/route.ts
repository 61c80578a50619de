import { NextResponse, type NextRequest } from "next/server";
import { toCsv } from "@/lib/export/csv";
import { badRequest } from "@/lib/http/api-error";
import { readLang } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { QUALITY_CSV_HEADERS, qualityCsvRows, qualityList, resolveQualityScope } from "@/lib/page-data/quality-lists";

// GET /api/quality/export?list=<key>&country=&collectivite=&lang=: one list of /qualite as CSV, all of its rows (worded in `lang`).
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const lang = readLang(search);
  if ("error" in lang) return badRequest(lang.error);
  const list = qualityList(search.get("list"));
  if (!list)
    return badRequest(
      "Liste inconnue : list vaut en-cours-echus, titres-coupes, sans-financement, sans-contacts, placements, courriels, doublons ou avertissements.",
    );
  const { scope } = await resolveQualityScope((name) => search.get(name));
  const rows = await qualityCsvRows(await list.read(scope), publicOrigin(request), lang.locale);
  const body = toCsv(QUALITY_CSV_HEADERS[lang.locale], rows);
  return new NextResponse(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="atlas-qualite-${list.key}.csv"`,
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
