import { nextStart } from "./app-server";
import { firstLoadJs } from "./bench-http";
import { importBench } from "./bench-import";
import { loadFigures } from "./bench-load";
import { mapFigures } from "./bench-map-figures";
import { pageFigures } from "./bench-pages";
import { formatValue, type Budget } from "./bench-report";
import { peakRssMb } from "./bench-rss";
import type { ScaleFigures } from "./bench-scaling";
import { searchFigures } from "./bench-search";

/**
 * The whole bench at one corpus size: import into a fresh database, then the app on it (search,
 * pages, map, first-load JS, optionally the load phase), and the server's peak memory.
 */
export interface SizeOptions {
  root: string;
  seed: string;
  count: number;
  searches: number;
  port: number;
  /** Seconds of each load window, or null to skip the load phase. */
  loadSeconds: number | null;
  log: (message: string) => void;
}

export interface SizeRun {
  count: number;
  rows: [string, string][];
  budgets: Budget[];
  notes: string[];
  result: Record<string, unknown>;
  scale: ScaleFigures;
}

const SERVER_RSS_MB = 1024;

export async function benchSize(o: SizeOptions): Promise<SizeRun> {
  o.log(`${o.count} fiches : corpus et import dans une base neuve`);
  const imported = await importBench(o.root, o.seed, o.count);
  const { db, pool } = imported;
  let server: Awaited<ReturnType<typeof nextStart>> | null = null;
  const run: SizeRun = {
    count: o.count,
    rows: [...imported.rows],
    budgets: [...imported.budgets],
    notes: [],
    result: { ...imported.result },
    scale: { import: imported.importPerSecond },
  };
  try {
    o.log(`${o.count} fiches : next start`);
    server = await nextStart(db.url, o.port);
    const base = server.url;
    const search = await searchFigures(base, pool, o.seed, o.searches);
    Object.assign(run.result, { search: search.result });
    run.rows.push(...search.rows);
    run.budgets.push(...search.budgets);
    run.notes.push(...search.notes);
    run.scale.search = search.p95;

    const pages = await pageFigures(base, pool, o.seed, run.notes);
    run.result.pages = pages.result;
    run.rows.push(...pages.rows);
    run.budgets.push(...pages.budgets);
    for (const [kind, p95] of Object.entries(pages.p95)) run.scale[kind] = p95;
    run.scale.heaviestPage = pages.heaviest ? pages.heaviest.gzipBytes / 1000 : null;

    const map = await mapFigures(base, run.notes);
    run.result.map = map.result;
    run.rows.push(...map.rows);
    run.budgets.push(
      {
        name: "Carte : premier rendu",
        value: map.renderSeconds,
        limit: 1.5,
        unit: "s",
        kind: "max",
        note: map.renderNote,
      },
      { name: "Carte : /api/map (gzip)", value: map.endpointGzipKb, limit: 400, unit: "kB", kind: "max" },
      { name: "Carte : HTML de /carte (gzip)", value: map.htmlGzipKb, limit: 150, unit: "kB", kind: "max" },
    );
    Object.assign(run.scale, { mapRender: map.renderSeconds, mapGzip: map.endpointGzipKb, mapHtml: map.htmlGzipKb });

    const searchJs = await firstLoadJs(`${base}/projets`);
    const projectJs = await firstLoadJs(
      `${base}/projets/${(await pool.query("SELECT slug FROM project LIMIT 1")).rows[0]?.slug}`,
    );
    run.result.firstLoadJs = { search: searchJs, project: projectJs };
    run.rows.push([
      "JS au premier chargement (gzip)",
      `recherche ${formatValue(searchJs.gzipBytes / 1000, "kB")} (${searchJs.scripts} scripts) · projet ${formatValue(projectJs.gzipBytes / 1000, "kB")} (${projectJs.scripts} scripts)`,
    ]);
    run.budgets.push({
      name: "JS page projet (gzip)",
      value: Math.round(projectJs.gzipBytes / 100) / 10,
      limit: 150,
      unit: "kB",
      kind: "max",
    });

    // Last: the load phase imports more fiches into the database.
    if (o.loadSeconds !== null) {
      const load = await loadFigures({
        base,
        pool,
        databaseUrl: db.url,
        root: o.root,
        seed: o.seed,
        seconds: o.loadSeconds,
        log: o.log,
      });
      run.result.load = load.result;
      run.rows.push(...load.rows);
      run.budgets.push(...load.budgets);
    }
    const rss = peakRssMb(server.child.pid);
    run.result.serverPeakRssMb = rss;
    run.scale.rss = rss;
    run.rows.push(["Serveur web : mémoire résidente maximale", rss === null ? "non mesurée" : `${rss} Mo`]);
    run.budgets.push({ name: "Serveur web : RSS max", value: rss, limit: SERVER_RSS_MB, unit: "MB", kind: "max" });
  } finally {
    await server?.stop().catch(() => {});
    await pool.end().catch(() => {});
    await db.close().catch(() => {});
  }
  return run;
}
