import type pg from "pg";
import { Prisma } from "../../lib/generated/prisma/client";
import type { SearchParams } from "../../lib/search/params";

/**
 * The exact SQL the search page runs (searchProjects + facetCounts), run through plain `pg`
 * instead of Prisma: the benchmark compares that with the page's HTTP time to show the page's
 * own overhead, and the EXPLAIN test checks the plans of the real queries with their real
 * parameters (some queries feed others, e.g. a tsquery computed once then passed on).
 *
 * lib/db/client.ts keeps its clients on globalThis.atlasClients; for the duration of a call they
 * are replaced by a stand-in whose $queryRaw runs the query on a pg pool and records it.
 */

export interface CapturedSql {
  /** What the query computes, guessed from its text: "tsquery", "matches" (ids for the facets), "page", "total"… */
  label: string;
  text: string;
  values: unknown[];
  ms: number;
}

function asSql(args: unknown[]): Prisma.Sql {
  const [first, ...rest] = args;
  if (first instanceof Prisma.Sql) return first;
  return Prisma.sql(first as readonly string[], ...(rest as Prisma.Sql[]));
}

function labelOf(text: string): string {
  const t = text.replace(/\s+/g, " ");
  if (!/\bFROM project\b/.test(t)) return "tsquery";
  if (/array_agg\(p\.id\)/.test(t)) return "matches";
  if (/\bOFFSET\b/.test(t)) return "page";
  if (/count\(\*\)/.test(t)) return "total";
  return "other";
}

export interface SearchSqlRun {
  /** Wall time of searchProjects + facetCounts run together, as the page runs them. */
  totalMs: number;
  queries: CapturedSql[];
}

/** Runs searchProjects(params) and facetCounts(params) on `pool`, recording every query. */
export async function runSearchSql(pool: pg.Pool, params: SearchParams): Promise<SearchSqlRun> {
  const { searchProjects } = await import("../../lib/search/queries");
  const { facetCounts } = await import("../../lib/search/facets");
  const holder = globalThis as { atlasClients?: unknown };
  const previous = holder.atlasClients;
  const queries: CapturedSql[] = [];
  const run = async (sql: { text: string; values: unknown[] }) => {
    const started = performance.now();
    const result = await pool.query(sql.text, sql.values);
    queries.push({ label: labelOf(sql.text), text: sql.text, values: sql.values, ms: performance.now() - started });
    return result.rows;
  };
  const standIn = {
    $queryRaw: (...args: unknown[]) => run(asSql(args)),
    $queryRawUnsafe: (text: string, ...values: unknown[]) => run({ text, values }),
  };
  // The primary (the data version) and the reads alike.
  holder.atlasClients = { primary: standIn, read: () => standIn };
  try {
    const started = performance.now();
    // A fresh params object per run, shared by both calls as the page shares its own
    // (lib/search/matches.ts does the common work once per params object).
    const fresh = { ...params };
    await Promise.all([searchProjects(fresh), facetCounts(fresh)]);
    return { totalMs: performance.now() - started, queries };
  } finally {
    holder.atlasClients = previous;
  }
}

/** EXPLAIN (ANALYZE, FORMAT JSON) of a captured query: the plan tree's root. */
export async function explain(client: pg.ClientBase | pg.Pool, q: CapturedSql): Promise<PlanNode> {
  const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${q.text}`,
    q.values,
  );
  return rows[0]["QUERY PLAN"][0].Plan;
}

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Alias?: string;
  "Actual Total Time"?: number;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

/** Every node of a plan, depth first. */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

/** A plan as indented text ("Bitmap Heap Scan on project p"), for reports and test messages. */
export function planText(plan: PlanNode, depth = 0): string {
  const on = plan["Relation Name"]
    ? ` on ${plan["Relation Name"]}${plan.Alias && plan.Alias !== plan["Relation Name"] ? ` ${plan.Alias}` : ""}`
    : "";
  const index = plan["Index Name"] ? ` using ${plan["Index Name"]}` : "";
  const time = plan["Actual Total Time"] !== undefined ? ` (${Number(plan["Actual Total Time"]).toFixed(2)} ms)` : "";
  return [
    `${"  ".repeat(depth)}${plan["Node Type"]}${index}${on}${time}`,
    ...(plan.Plans ?? []).map((p) => planText(p, depth + 1)),
  ].join("\n");
}
