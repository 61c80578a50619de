import "server-only";
import { prisma } from "../db/client";
import { tsQuery } from "./filters";
import type { SearchParams } from "./params";

/**
 * Resolves what the user typed into a constant tsquery (with the misspelt names widened), once,
 * before the result and facet queries run. Given as a constant, the query lets the planner see
 * its selectivity and use the GIN index; computed inside each query, it was planned blind and
 * fell back to sequential scans.
 */
export async function withTextQuery(params: SearchParams): Promise<SearchParams> {
  if (!params.q || params.tsquery !== undefined) return params;
  const rows = await prisma().$queryRaw<{ tsquery: string }[]>`SELECT (${tsQuery(params.q)})::text AS tsquery`;
  return { ...params, tsquery: rows[0]?.tsquery ?? "" };
}
