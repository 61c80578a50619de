import type pg from "pg";
import { latency, timeUrls, type Latency } from "./bench-http";
import { ms } from "./bench-pages";
import { progress } from "./bench-progress";
import { searchQueries } from "./bench-queries";
import { formatValue, type Budget } from "./bench-report";
import { runSearchSql } from "./bench-sql";

/**
 * Searches with facets over HTTP against the app, then the same SQL raw through `pg`, to see
 * what the app adds (budget: p95 ≤ 50 ms, page/SQL ≤ 2×).
 */
export interface SearchFigures {
  result: Record<string, unknown>;
  rows: [string, string][];
  budgets: Budget[];
  notes: string[];
  p95: number;
}

export async function searchFigures(base: string, pool: pg.Pool, seed: string, count: number): Promise<SearchFigures> {
  const queries = await searchQueries(pool, seed, count);
  const bar = progress("Recherches (HTTP)", queries.length);
  const http = await timeUrls(
    queries.map((q) => base + q.path),
    20,
    (d) => bar.update(d),
  );
  bar.stop();
  const httpLatency = latency(http.samples.map((s) => s.ms));
  const serverTimes = http.samples.map((s) => s.serverMs).filter((v): v is number => v !== null);
  for (const q of queries.slice(0, 20)) await runSearchSql(pool, q.params); // same warm-up as HTTP
  const sqlBar = progress("Recherches (SQL brut)", queries.length);
  const sqlRuns = [];
  for (const [i, q] of queries.entries()) {
    sqlRuns.push(await runSearchSql(pool, q.params));
    sqlBar.update(i + 1);
  }
  sqlBar.stop();
  const sqlLatency = latency(sqlRuns.map((r) => r.totalMs));
  const samplesByLabel = new Map<string, number[]>();
  for (const run of sqlRuns)
    for (const q of run.queries) samplesByLabel.set(q.label, [...(samplesByLabel.get(q.label) ?? []), q.ms]);
  const byLabel: Record<string, Latency> = Object.fromEntries(
    [...samplesByLabel].map(([label, samples]) => [label, latency(samples)]),
  );
  const ratio = httpLatency.p95 / sqlLatency.p95;
  const rows: [string, string][] = [
    ["Recherche + facettes (HTTP)", `${ms(httpLatency)} (${queries.length} requêtes, ${http.errors} erreurs)`],
  ];
  const notes: string[] = [];
  if (serverTimes.length) rows.push(["  dont temps serveur (Server-Timing)", ms(latency(serverTimes))]);
  else notes.push("L'application n'envoie pas d'en-tête Server-Timing : le temps HTTP tient lieu de temps serveur.");
  rows.push(["Même SQL brut (pg, en parallèle)", `${ms(sqlLatency)} → page/SQL ×${ratio.toFixed(2)} au p95`]);
  const slowest = Object.entries(byLabel)
    .sort((a, b) => b[1].p95 - a[1].p95)
    .slice(0, 3);
  rows.push([
    "  requêtes les plus lentes (p95)",
    slowest.map(([l, t]) => `${l} ${formatValue(t.p95, "ms")}`).join(", "),
  ]);
  return {
    result: {
      requests: queries.length,
      errors: http.errors,
      http: httpLatency,
      serverTiming: serverTimes.length ? latency(serverTimes) : null,
      sql: sqlLatency,
      sqlByQuery: byLabel,
      ratioP95: ratio,
      ratioP50: httpLatency.p50 / sqlLatency.p50,
      examples: queries.slice(0, 10).map((q) => q.path),
    },
    rows,
    notes,
    budgets: [
      { name: "Recherche + facettes p95", value: httpLatency.p95, limit: 50, unit: "ms", kind: "max" },
      { name: "Recherche / SQL brut (p95)", value: Math.round(ratio * 100) / 100, limit: 2, unit: "×", kind: "max" },
    ],
    p95: httpLatency.p95,
  };
}
