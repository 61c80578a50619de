import autocannon from "autocannon";
import type pg from "pg";
import { cachedCorpus } from "./bench-corpus";
import { firstWrite, runImport, sequenceValue } from "./bench-load-import";
import { latency } from "./bench-http";
import { projectPaths } from "./bench-queries";
import { formatValue, type Budget } from "./bench-report";

/**
 * The load phase of `npm run bench`: 50 connections at once for N seconds on each of a search
 * page, project pages and the JSON API, first on the imported corpus alone, then again while
 * `npm run import` writes 2,000 more fiches (another seed) into the same database. The load
 * comes from autocannon; each connection sends its next request as soon as the last one is
 * answered, so requests/s is the throughput the app sustains and the latencies are what 50
 * simultaneous users wait.
 */
export const LOAD_CONNECTIONS = 50;
const IMPORT_BATCH = 2000;
const P99_BUDGET_MS = 300;
const P99_DURING_IMPORT_BUDGET_MS = 1000;
/** Everyday words of the fiches; the search target is the one that matches the most projects. */
const COMMON_WORDS = [
  "eau",
  "culture",
  "santé",
  "éducation",
  "agriculture",
  "jeunesse",
  "formation",
  "patrimoine",
  "déchets",
];

interface LoadTarget {
  key: "search" | "project" | "api";
  label: string;
  /** Short name in the budgets. */
  short: string;
  /** Each connection goes through these in turn. */
  paths: string[];
}

export interface LoadRun {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Requests still waiting for their answer when the window closed. */
  unanswered: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  socketErrors: number;
  errors: number;
}

export interface LoadFigures {
  result: Record<string, unknown>;
  rows: [string, string][];
  budgets: Budget[];
}

async function loadTargets(pool: pg.Pool, seed: string): Promise<LoadTarget[]> {
  const { rows: words } = await pool.query<{ word: string; matches: number }>(
    `SELECT w AS word, (SELECT count(*)::int FROM project WHERE search @@ plainto_tsquery('atlas_fr', w)) AS matches
     FROM unnest($1::text[]) w ORDER BY 2 DESC, 1 LIMIT 1`,
    [COMMON_WORDS],
  );
  const { rows: countries } = await pool.query<{ code: string }>(
    `SELECT code FROM project, unnest(country_codes) code GROUP BY code ORDER BY count(*) DESC, code LIMIT 1`,
  );
  const word = words[0]?.word ?? "eau";
  const country = countries[0]?.code ?? "SN";
  return [
    {
      key: "search",
      label: `recherche « ${word} »`,
      short: "recherche",
      paths: [`/projets?q=${encodeURIComponent(word)}`],
    },
    { key: "project", label: "pages projet", short: "page projet", paths: await projectPaths(pool, seed, 20) },
    {
      key: "api",
      label: `/api/projects?country=${country}`,
      short: "API projets",
      paths: [`/api/projects?country=${country}`],
    },
  ];
}

/**
 * 50 connections on `paths` for `seconds`, or until `stopWhen` settles if it does first. The
 * latencies are every answer's, plus, as lower bounds, the time the requests still unanswered
 * when the window closed had waited: autocannon drops those, and when answers take longer than
 * the window (searches during an import did), there would be nothing left to measure.
 */
function hammer(base: string, paths: string[], seconds: number, stopWhen?: Promise<unknown>): Promise<LoadRun> {
  const answered: number[] = [];
  const waitingSince = new Map<autocannon.Client, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: LOAD_CONNECTIONS,
        duration: seconds,
        // Long enough to measure a slow answer rather than cut it off; a timeout still counts as an error.
        timeout: 60,
        headers: { "accept-encoding": "gzip" }, // as a browser asks
        requests: paths.map((path) => ({ method: "GET", path })),
        setupClient: (client) => {
          (client as unknown as NodeJS.EventEmitter).on("request", () => waitingSince.set(client, performance.now()));
          client.on("response", (_status, _bytes, ms) => {
            waitingSince.delete(client);
            answered.push(ms);
          });
        },
      },
      (error, r) => {
        if (error) return reject(error);
        const closedAt = performance.now();
        const unanswered = [...waitingSince.values()].map((since) => closedAt - since);
        const l = latency([...answered, ...unanswered]);
        resolve({
          seconds: r.duration,
          requests: r.requests.total,
          requestsPerSecond: Math.round((r.requests.total / r.duration) * 10) / 10,
          unanswered: unanswered.length,
          p50: l.p50,
          p99: l.p99,
          max: l.max,
          non2xx: r.non2xx,
          socketErrors: r.errors,
          errors: r.errors + r.non2xx,
        });
      },
    );
    const stop = () => instance.stop();
    stopWhen?.then(stop, stop);
  });
}

async function warmUp(base: string, paths: string[]): Promise<void> {
  for (const path of paths)
    for (let i = 0; i < 2; i++)
      await fetch(base + path)
        .then((r) => r.arrayBuffer())
        .catch(() => null);
}

const summarise = (run: LoadRun) =>
  `${Math.round(run.requestsPerSecond)} req/s · p50 ${formatValue(run.p50, "ms")} · p99 ${formatValue(run.p99, "ms")} · ${run.errors} erreurs (${run.non2xx} non-2xx, ${run.socketErrors} socket) sur ${run.seconds.toFixed(0)} s`;

export interface LoadOptions {
  base: string;
  pool: pg.Pool;
  databaseUrl: string;
  root: string;
  seed: string;
  seconds: number;
  log: (message: string) => void;
}

export async function loadFigures({
  base,
  pool,
  databaseUrl,
  root,
  seed,
  seconds,
  log,
}: LoadOptions): Promise<LoadFigures> {
  const targets = await loadTargets(pool, seed);
  // One batch per target, so that each target is measured during a whole import of its own.
  const batches = targets.map((t) => cachedCorpus(root, `${seed}-charge-${t.key}`, IMPORT_BATCH));
  const rows: [string, string][] = [];
  const budgets: Budget[] = [];
  const measured: Record<string, unknown>[] = [];
  let errors = 0;
  for (const [i, target] of targets.entries()) {
    await warmUp(base, target.paths);
    log(`charge : ${target.label}, ${LOAD_CONNECTIONS} connexions, ${seconds} s`);
    const idle = await hammer(base, target.paths, seconds);
    log(`charge : ${target.label} pendant l'import de ${IMPORT_BATCH} fiches`);
    const before = await sequenceValue(pool);
    const importing = runImport(batches[i].dir, databaseUrl);
    await firstWrite(pool, before, importing);
    const loadStarted = performance.now();
    const duringImport = await hammer(base, target.paths, seconds, importing);
    const summary = await importing;
    const importSeconds = (performance.now() - loadStarted) / 1000;
    errors += idle.errors + duringImport.errors;
    measured.push({
      target: target.key,
      label: target.label,
      paths: target.paths,
      idle,
      duringImport,
      import: {
        fiches: IMPORT_BATCH,
        imported: summary.imported,
        rejected: summary.rejected.length,
        secondsFromFirstWrite: importSeconds,
      },
    });
    rows.push([`Charge : ${target.label}`, summarise(idle)]);
    rows.push([
      "  pendant un import",
      `${summarise(duringImport)} ; import de ${IMPORT_BATCH} fiches en ${importSeconds.toFixed(0)} s`,
    ]);
    budgets.push({
      name: `Charge ${target.short} p99`,
      value: idle.p99,
      limit: P99_BUDGET_MS,
      unit: "ms",
      kind: "max",
    });
    budgets.push({
      name: `Charge ${target.short} p99 (import)`,
      value: duringImport.p99,
      limit: P99_DURING_IMPORT_BUDGET_MS,
      unit: "ms",
      kind: "max",
    });
  }
  budgets.push({ name: "Charge : erreurs", value: errors, limit: 0, unit: "", kind: "max" });
  return {
    result: { connections: LOAD_CONNECTIONS, secondsPerRun: seconds, importBatch: IMPORT_BATCH, targets: measured },
    rows,
    budgets,
  };
}
