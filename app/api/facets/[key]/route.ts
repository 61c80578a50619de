import { NextResponse, type NextRequest } from "next/server";
import { badRequest, notFound } from "@/lib/http/api-error";
import { readApiSearch } from "@/lib/http/lang";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";
import { listFilterOf, searchFacetValues } from "@/lib/search/facet-search";
import { valueLabel } from "@/lib/search/filter-messages";

/** Longest term searched: a name, not a text. */
const MAX_TERM = 100;

// GET /api/facets/<key>?term=lyon&<search params>&lang=: the values of a list facet whose label holds
// the term, counted for that search, most frequent first (at most 20). The filter box of a long
// facet (components/search/FacetFilterBox.tsx) asks it for the values the page does not list.
export async function GET(request: NextRequest, { params }: { params: Promise<{ key: string }> }) {
  const filter = listFilterOf((await params).key);
  if (!filter) return notFound("Facette inconnue.");
  const search = request.nextUrl.searchParams;
  const term = (search.get("term") ?? "").trim().slice(0, MAX_TERM);
  if (!term) return NextResponse.json({ values: [] });
  const read = readApiSearch(search);
  if ("error" in read) return badRequest(read.error);
  const values = await searchFacetValues(filter, read.params, term, read.locale);
  return NextResponse.json({
    values: values.map(({ value, label, count }) => ({
      value,
      label: valueLabel(filter, value, label, read.locale),
      count,
    })),
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
