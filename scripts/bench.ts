/**
 * npm run bench [-- --count 20000 --seed atlas-bench --searches 200 --build --load-seconds 30 --no-load]
 * End-to-end figures on a generated corpus: import and parse throughput, search latency over
 * HTTP against `next start` compared with the same SQL run raw, project/country/contacts pages,
 * the map endpoint and first render, first-load JS, and the app under load (50 connections, then
 * during an import; skipped with --no-load). Prints a table with the budgets and
 * writes bench/results.json. Needs nothing but a fresh clone (embedded Postgres, local build).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { parseFiche } from "../lib/fiche";
import { importFiches } from "../lib/import/run";
import { hasBuild, nextBuild, nextStart, scratchDatabase } from "./support/app-server";
import { cachedCorpus } from "./support/bench-corpus";
import { firstLoadJs, latency, probe, timeUrls, type Latency } from "./support/bench-http";
import { progress } from "./support/bench-progress";
import { contactPaths, countryPaths, projectPaths, searchQueries } from "./support/bench-queries";
import { loadFigures } from "./support/bench-load";
import { checkBudgets, formatValue, machine, table, type Budget } from "./support/bench-report";
import { mapFigures } from "./support/bench-map-figures";
import { runSearchSql } from "./support/bench-sql";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "20000" },
    seed: { type: "string", default: "atlas-bench" },
    searches: { type: "string", default: "200" },
    port: { type: "string", default: "3200" },
    build: { type: "boolean", default: false },
    "load-seconds": { type: "string", default: "30" },
    "no-load": { type: "boolean", default: false },
  },
});
const ROOT = process.cwd();
const COUNT = Number(args.count);
const SEED = args.seed!;
const SEARCHES = Number(args.searches);
const benchStarted = performance.now();
const notes: string[] = [];
const rows: [string, string][] = [];
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: machine(),
  seed: SEED,
  count: COUNT,
};
const log = (message: string) => console.error(`[bench] ${message}`);
const seconds = (since: number) => (performance.now() - since) / 1000;
const ms = (l: Latency) =>
  `p50 ${formatValue(l.p50, "ms")} · p95 ${formatValue(l.p95, "ms")} · p99 ${formatValue(l.p99, "ms")}`;

/** Times pages of one kind into results[key] and the table, or notes that the app answers 404 there. */
async function timePages(
  base: string,
  paths: string[],
  warmup: number,
  key: string,
  label: string,
  route: string,
  what: string,
): Promise<void> {
  const status = paths.length ? await probe(base + paths[0]) : 404;
  if (status === 404 || status === 0) {
    notes.push(`${label} (${route}) : absente (404), non mesurée.`);
    results[key] = { skipped: "404" };
    rows.push([label, `non mesurée (${route} répond 404)`]);
    return;
  }
  const timed = await timeUrls(
    paths.map((p) => base + p),
    warmup,
  );
  const l = latency(timed.samples.map((s) => s.ms));
  results[key] = { requests: paths.length, errors: timed.errors, http: l };
  rows.push([label, `${ms(l)} (${what})`]);
}

// 1. Corpus (cached under bench/cache/).
log(`corpus : ${COUNT} fiches, graine « ${SEED} »`);
const corpus = cachedCorpus(ROOT, SEED, COUNT);
results.corpus = {
  dir: path.relative(ROOT, corpus.dir),
  bytes: corpus.bytes,
  defects: corpus.defects,
  generatedInSeconds: corpus.generatedIn,
};
rows.push([
  "Corpus",
  `${COUNT} fiches, ${(corpus.bytes / 1e6).toFixed(0)} Mo, ${corpus.defects} défectueuses${corpus.generatedIn === null ? " (cache)" : `, générées en ${corpus.generatedIn.toFixed(1)} s`}`,
]);

// 2. Parser alone, in memory (files read first, so disk time is not counted).
const texts = corpus.files.map((f) => readFileSync(f, "utf8"));
for (const t of texts.slice(0, 500)) parseFiche(t); // JIT and lazy indexes warm up
let parsedOk = 0;
const parseStarted = performance.now();
for (const [i, t] of texts.entries()) if (parseFiche(t, { fileName: corpus.files[i] }).ok) parsedOk++;
const parseSeconds = seconds(parseStarted);
const parsePerSecond = texts.length / parseSeconds;
results.parse = { fiches: texts.length, parsed: parsedOk, seconds: parseSeconds, fichesPerSecond: parsePerSecond };
rows.push([
  "Analyse (parser seul)",
  `${Math.round(parsePerSecond)} fiches/s (${parsedOk}/${texts.length} lues en ${parseSeconds.toFixed(1)} s)`,
]);

// 3. Import into a fresh database.
log("import dans une base neuve (atlas_bench)");
const db = await scratchDatabase("atlas_bench", "pg-bench", 54331);
let server: Awaited<ReturnType<typeof nextStart>> | null = null;
const pool = new pg.Pool({ connectionString: db.url, max: 10 });
const cleanUp = async () => {
  await server?.stop().catch(() => {});
  await pool.end().catch(() => {});
  await db.close().catch(() => {});
};
process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));

const budgets: Budget[] = [];
try {
  const importBar = progress("Import", corpus.files.length);
  const importStarted = performance.now();
  const summary = await importFiches(corpus.files, {
    databaseUrl: db.url,
    onProgress: (done) => importBar.update(done),
  });
  importBar.stop();
  const importSeconds = seconds(importStarted);
  const importPerSecond = corpus.files.length / importSeconds;
  await pool.query("VACUUM ANALYZE");
  const {
    rows: [counts],
  } = await pool.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM project) AS projects, (SELECT count(*)::int FROM collectivite) AS collectivites,
    (SELECT count(*)::int FROM project_partner) AS partners, (SELECT count(*)::int FROM funding) AS funding_rows,
    (SELECT count(*)::int FROM collectivite WHERE lat IS NOT NULL) AS placed`);
  results.import = {
    files: corpus.files.length,
    seconds: importSeconds,
    fichesPerSecond: importPerSecond,
    imported: summary.imported,
    updated: summary.updated,
    unchanged: summary.unchanged,
    rejected: summary.rejected.length,
    warnings: summary.warnings.length,
    ...counts,
  };
  rows.push([
    "Import",
    `${Math.round(importPerSecond)} fiches/s (${corpus.files.length} fichiers en ${importSeconds.toFixed(1)} s ; ${summary.imported} importées, ${summary.updated} fusionnées, ${summary.rejected.length} rejetées)`,
  ]);
  rows.push([
    "Base",
    `${counts.projects} projets, ${counts.collectivites} collectivités (${counts.placed} placées), ${counts.partners} partenariats, ${counts.funding_rows} lignes de financement`,
  ]);
  budgets.push({ name: "Import", value: importPerSecond, limit: 300, unit: "fiches/s", kind: "min" });
  budgets.push({ name: "Analyse (parser)", value: parsePerSecond, limit: 1000, unit: "fiches/s", kind: "min" });

  // 4. The app: build if needed, then next start on the bench database.
  if (args.build || !hasBuild()) {
    log("next build");
    const buildStarted = performance.now();
    await nextBuild();
    results.buildSeconds = seconds(buildStarted);
  }
  log("next start");
  server = await nextStart(db.url, Number(args.port));
  const base = server.url;

  // 5. Searches over HTTP, then the same SQL raw.
  const queries = await searchQueries(pool, SEED, SEARCHES);
  const searchBar = progress("Recherches (HTTP)", queries.length);
  const http = await timeUrls(
    queries.map((q) => base + q.path),
    20,
    (d) => searchBar.update(d),
  );
  searchBar.stop();
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
  const byLabel: Record<string, Latency> = {};
  const samplesByLabel = new Map<string, number[]>();
  for (const run of sqlRuns)
    for (const q of run.queries) samplesByLabel.set(q.label, [...(samplesByLabel.get(q.label) ?? []), q.ms]);
  for (const [label, samples] of samplesByLabel) byLabel[label] = latency(samples);
  const ratio = httpLatency.p95 / sqlLatency.p95;
  results.search = {
    requests: queries.length,
    errors: http.errors,
    http: httpLatency,
    serverTiming: serverTimes.length ? latency(serverTimes) : null,
    sql: sqlLatency,
    sqlByQuery: byLabel,
    ratioP95: ratio,
    ratioP50: httpLatency.p50 / sqlLatency.p50,
    examples: queries.slice(0, 10).map((q) => q.path),
  };
  rows.push(["Recherche + facettes (HTTP)", `${ms(httpLatency)} (${queries.length} requêtes, ${http.errors} erreurs)`]);
  if (serverTimes.length) rows.push(["  dont temps serveur (Server-Timing)", ms(latency(serverTimes))]);
  else
    notes.push(
      "L'application n'envoie pas d'en-tête Server-Timing : le temps HTTP sur 127.0.0.1 tient lieu de temps serveur.",
    );
  rows.push(["Même SQL brut (pg, en parallèle)", `${ms(sqlLatency)} → page/SQL ×${ratio.toFixed(2)} au p95`]);
  const slowest = Object.entries(byLabel)
    .sort((a, b) => b[1].p95 - a[1].p95)
    .slice(0, 3);
  rows.push([
    "  requêtes les plus lentes (p95)",
    slowest.map(([l, t]) => `${l} ${formatValue(t.p95, "ms")}`).join(", "),
  ]);
  budgets.push({ name: "Recherche + facettes p95", value: httpLatency.p95, limit: 50, unit: "ms", kind: "max" });
  budgets.push({
    name: "Recherche / SQL brut (p95)",
    value: Math.round(ratio * 100) / 100,
    limit: 2,
    unit: "×",
    kind: "max",
  });

  // 6. Project pages.
  const projects = await projectPaths(pool, SEED, 100);
  const projectTimes = await timeUrls(
    projects.map((p) => base + p),
    5,
  );
  const projectLatency = latency(projectTimes.samples.map((s) => s.ms));
  results.projectPage = { requests: projects.length, errors: projectTimes.errors, http: projectLatency };
  rows.push(["Page projet", `${ms(projectLatency)} (${projects.length} pages, ${projectTimes.errors} erreurs)`]);
  budgets.push({ name: "Page projet p95", value: projectLatency.p95, limit: 60, unit: "ms", kind: "max" });

  // 7. Country pages and the contacts search.
  const countries = await countryPaths(pool, 40);
  await timePages(base, countries, 3, "countryPage", "Page pays", "/pays/XX", `${countries.length} pays`);
  const contacts = await contactPaths(pool, SEED, 100);
  await timePages(base, contacts, 5, "contacts", "Recherche de contacts", "/contacts", `${contacts.length} requêtes`);
  await timePages(
    base,
    Array.from({ length: 100 }, () => "/"),
    5,
    "homePage",
    "Page d'accueil",
    "/",
    "100 requêtes",
  );
  const home = results.homePage as { http?: Latency };
  if (home.http) budgets.push({ name: "Page d'accueil p95", value: home.http.p95, limit: 60, unit: "ms", kind: "max" });

  // 8. Map: endpoint and page sizes, first clustered render of every place (scripts/bench-map.ts).
  const map = await mapFigures(base, notes);
  results.map = map.result;
  rows.push(...map.rows);
  budgets.push({
    name: "Carte : premier rendu",
    value: map.renderSeconds,
    limit: 1.5,
    unit: "s",
    kind: "max",
    note: map.renderNote,
  });
  budgets.push({ name: "Carte : /api/map (gzip)", value: map.endpointGzipKb, limit: 400, unit: "kB", kind: "max" });
  budgets.push({ name: "Carte : HTML de /carte (gzip)", value: map.htmlGzipKb, limit: 150, unit: "kB", kind: "max" });

  // 9. First-load JS, gzipped.
  const searchJs = await firstLoadJs(`${base}/projets`);
  const projectJs = await firstLoadJs(base + projects[0]);
  results.firstLoadJs = { search: searchJs, project: projectJs };
  rows.push([
    "JS au premier chargement (gzip)",
    `recherche ${formatValue(searchJs.gzipBytes / 1000, "kB")} (${searchJs.scripts} scripts) · projet ${formatValue(projectJs.gzipBytes / 1000, "kB")} (${projectJs.scripts} scripts)`,
  ]);
  budgets.push({
    name: "JS page projet (gzip)",
    value: Math.round(projectJs.gzipBytes / 100) / 10,
    limit: 150,
    unit: "kB",
    kind: "max",
  });

  // 10. Under load, alone then during an import (last: the import adds fiches to the database).
  if (!args["no-load"]) {
    const load = await loadFigures({
      base,
      pool,
      databaseUrl: db.url,
      root: ROOT,
      seed: SEED,
      seconds: Number(args["load-seconds"]),
      log,
    });
    results.load = load.result;
    rows.push(...load.rows);
    budgets.push(...load.budgets);
  }
} finally {
  await cleanUp();
}

const checked = checkBudgets(budgets);
const totalSeconds = seconds(benchStarted);
results.budgets = checked;
results.notes = notes;
results.totalSeconds = totalSeconds;
results.loadAverageAtEnd = Math.round(os.loadavg()[0] * 100) / 100;
rows.push(["Durée totale du bench", `${totalSeconds.toFixed(0)} s`]);
const m = results.machine as ReturnType<typeof machine>;
console.log(
  `\nAtlas — bench (${m.cpus} cœurs ${m.cpuModel}, ${m.memoryGb} Go, Node ${m.node} ; charge ${m.loadAverage} au début, ${results.loadAverageAtEnd} à la fin)\n`,
);
console.log(table(rows, checked));
if (notes.length) console.log(`\nNotes\n-----\n${notes.map((n) => `- ${n}`).join("\n")}`);
mkdirSync(path.join(ROOT, "bench"), { recursive: true });
writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nRésultats écrits dans bench/results.json");
process.exit(0);
