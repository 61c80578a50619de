import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import { tsQuery } from "./filters";
import type { SearchParams } from "./params";

/**
 * Resolves what the user typed into a constant tsquery (with the misspelt names widened), once,
 * before the result and facet queries run. Given as a constant, the query lets the planner see
 * its selectivity and use the GIN index; computed inside each query, it was planned blind and
 * fell back to sequential scans. Within one server render the results, facets and map share
 * the resolution (React's per-request cache, keyed by the text).
 */
const resolveTsQuery = cache(async (q: string): Promise<string> => {
  const rows = await prisma().$queryRaw<{ tsquery: string }[]>`SELECT (${tsQuery(q)})::text AS tsquery`;
  return rows[0]?.tsquery ?? "";
});

export async function withTextQuery(params: SearchParams): Promise<SearchParams> {
  if (!params.q || params.tsquery !== undefined) return params;
  return { ...params, tsquery: await resolveTsQuery(params.q) };
}
