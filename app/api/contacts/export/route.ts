import { NextResponse, type NextRequest } from "next/server";
import { contactsToCsv } from "@/lib/export/contacts-csv";
import { formatVCards, personToVCard } from "@/lib/export/vcard";
import { readLang } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { publicOrigin } from "@/lib/http/public-origin";
import { queryTruncationHeaders } from "@/lib/http/query-truncated";
import { directoryPeople, parseVacantFilter, VACANT_PARAM } from "@/lib/domain/contacts";
import { findEmbassyPosts, findPartnerContacts } from "@/lib/page-data/contacts";
import { parseSearchParams } from "@/lib/search/params";
import { withDataETag } from "@/lib/http/conditional";
import { badRequest } from "@/lib/http/api-error";

// GET /api/contacts/export?format=csv|vcf&q=…&country=…&lang=fr|en: the directory (CSV headers and labels in `lang`) as filtered on /contacts.
async function respond(request: NextRequest) {
  const format = request.nextUrl.searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "vcf") {
    return badRequest("format doit valoir csv ou vcf");
  }
  const lang = readLang(request.nextUrl.searchParams);
  if ("error" in lang) return badRequest(lang.error);
  const { q, country } = parseSearchParams(request.nextUrl.searchParams);
  const vacant = parseVacantFilter(request.nextUrl.searchParams.get(VACANT_PARAM));
  const [posts, partners] = await Promise.all([
    findEmbassyPosts({ q, country, vacant }),
    vacant ? { items: [] } : findPartnerContacts({ q, country }, 100_000),
  ]);
  const people = directoryPeople(posts, partners.items);
  // An empty file downloaded without a word looked like a failed export: say so instead.
  if (people.length === 0) {
    return new NextResponse(
      "Aucun contact à exporter : cette sélection ne contient personne. Élargissez la recherche sur /contacts.\n",
      {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      },
    );
  }
  const origin = publicOrigin(request);
  const body =
    format === "csv"
      ? contactsToCsv(people, origin, lang.locale)
      : formatVCards(people.map((p) => personToVCard(p, origin)));
  const stamp = new Date().toISOString().slice(0, 10);
  return new NextResponse(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "text/vcard; charset=utf-8",
      "Content-Disposition": `attachment; filename="atlas-contacts-${stamp}.${format}"`,
      ...queryTruncationHeaders(request.nextUrl.searchParams),
    },
  });
}

export const GET = (request: NextRequest) => withDataETag(request, () => respond(request));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
