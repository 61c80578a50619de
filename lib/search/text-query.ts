import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import { tsQuery } from "./filters";
import type { Locale } from "../i18n/routing";
import type { SearchParams } from "./params";

/**
 * Resolves what the user typed into a constant tsquery (with the misspelt names widened), once,
 * before the map's and the exports' queries run: given as a constant, the query is planned once
 * for what it is rather than recomputed in each query. Within one server render the calls share
 * the resolution (React's per-request cache, keyed by the text and the language). The search page resolves its
 * text along with the matching ids instead (lib/search/matches.ts).
 */
const resolveTsQuery = cache(async (q: string, locale: Locale): Promise<string> => {
  const rows = await prisma().$queryRaw<{ tsquery: string }[]>`SELECT (${tsQuery(q, locale)})::text AS tsquery`;
  return rows[0]?.tsquery ?? "";
});

export async function withTextQuery(params: SearchParams): Promise<SearchParams> {
  if (!params.q || params.tsquery !== undefined) return params;
  return { ...params, tsquery: await resolveTsQuery(params.q, params.locale ?? "fr") };
}
