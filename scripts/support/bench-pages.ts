import type pg from "pg";
import { gzipSize, latency, probe, timedGet, type Latency } from "./bench-http";
import { collectivitePaths, contactPaths, countryPaths, postPaths, projectPaths } from "./bench-queries";
import { formatValue, type Budget } from "./bench-report";

/**
 * The pages of the bench, one kind after another: each URL is requested twice, in order, after a
 * few untimed ones (first renders compile), and the heaviest HTML of each kind is weighed gzipped. Every kind has the budget: p95 ≤ 60 ms, and any page ≤ 200 kB gzip.
 */
const PAGE_P95_MS = 60;
const PAGE_GZIP_KB = 200;

interface PageKind {
  key: string;
  label: string;
  paths: string[];
  warmup: number;
}

export interface HeaviestPage {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageFigures {
  result: Record<string, unknown>;
  rows: [string, string][];
  budgets: Budget[];
  /** p95 by kind (null when the kind answers 404), and the heaviest page, for the scaling table. */
  p95: Record<string, number | null>;
  heaviest: HeaviestPage | null;
}

const repeat = (path: string, n: number) => Array.from({ length: n }, () => path);
export const ms = (l: Latency) =>
  `p50 ${formatValue(l.p50, "ms")} · p95 ${formatValue(l.p95, "ms")} · p99 ${formatValue(l.p99, "ms")}`;

async function pageKinds(pool: pg.Pool, seed: string): Promise<PageKind[]> {
  return [
    { key: "project", label: "Page projet", paths: await projectPaths(pool, seed, 100), warmup: 5 },
    { key: "country", label: "Page pays", paths: await countryPaths(pool, 40), warmup: 3 },
    { key: "collectivite", label: "Page collectivité", paths: await collectivitePaths(pool, seed, 20, 40), warmup: 3 },
    { key: "contacts", label: "Recherche de contacts", paths: await contactPaths(pool, seed, 100), warmup: 5 },
    { key: "post", label: "Page poste diplomatique", paths: await postPaths(pool, 40), warmup: 3 },
    { key: "statistics", label: "Page statistiques", paths: repeat("/statistiques", 40), warmup: 3 },
    { key: "network", label: "Page réseau", paths: repeat("/reseau", 40), warmup: 3 },
    { key: "home", label: "Page d'accueil", paths: repeat("/", 40), warmup: 3 },
  ];
}

/** One pass over the kind's URLs: latencies, errors (5xx, no answer) and the largest HTML. */
async function pass(base: string, paths: string[]) {
  const samples: number[] = [];
  let errors = 0;
  let largest = { path: "", bytes: -1 };
  for (const path of paths) {
    const timed = await timedGet(base + path).catch(() => null);
    if (!timed || timed.status >= 500) errors++;
    if (!timed) continue;
    samples.push(timed.ms);
    if (timed.bytes > largest.bytes) largest = { path, bytes: timed.bytes };
  }
  return { http: latency(samples), errors, largest };
}

/**
 * Each URL twice: the first visit after the import reads the database (the heavy reads are then
 * kept until the next import), the second is what later visitors get. The budget is on the second.
 */
async function timeKind(base: string, kind: PageKind) {
  for (const path of kind.paths.slice(0, kind.warmup)) await timedGet(base + path).catch(() => null);
  const first = await pass(base, kind.paths);
  const again = await pass(base, kind.paths);
  const { largest } = again;
  const heaviest = largest.path ? { path: largest.path, ...(await gzipSize(base + largest.path)) } : null;
  return { http: again.http, firstVisit: first.http, errors: first.errors + again.errors, heaviest };
}

export async function pageFigures(base: string, pool: pg.Pool, seed: string, notes: string[]): Promise<PageFigures> {
  const figures: PageFigures = { result: {}, rows: [], budgets: [], p95: {}, heaviest: null };
  for (const kind of await pageKinds(pool, seed)) {
    const status = kind.paths.length ? await probe(base + kind.paths[0]) : 404;
    if (status === 404 || status === 0) {
      notes.push(`${kind.label} : absente (404), non mesurée.`);
      figures.result[kind.key] = { skipped: "404" };
      figures.p95[kind.key] = null;
      continue;
    }
    const { http, firstVisit, errors, heaviest } = await timeKind(base, kind);
    figures.result[kind.key] = { requests: 2 * kind.paths.length, errors, http, firstVisit, heaviest };
    figures.p95[kind.key] = http.p95;
    const weight = heaviest ? ` ; la plus lourde ${formatValue(heaviest.gzipBytes / 1000, "kB")} gzip` : "";
    figures.rows.push(
      [kind.label, `${ms(http)} (${kind.paths.length} URL, ${errors} erreurs${weight})`],
      ["  première visite après l'import", ms(firstVisit)],
    );
    figures.budgets.push({ name: `${kind.label} p95`, value: http.p95, limit: PAGE_P95_MS, unit: "ms", kind: "max" });
    if (heaviest && (!figures.heaviest || heaviest.gzipBytes > figures.heaviest.gzipBytes)) figures.heaviest = heaviest;
  }
  const top = figures.heaviest;
  if (top) figures.rows.push(["Page la plus lourde", `${top.path} : ${formatValue(top.bytes / 1000, "kB")} de HTML`]);
  figures.budgets.push({
    name: "HTML de toute page (gzip)",
    value: top ? Math.round(top.gzipBytes / 100) / 10 : null,
    limit: PAGE_GZIP_KB,
    unit: "kB",
    kind: "max",
    note: top?.path,
  });
  return figures;
}
