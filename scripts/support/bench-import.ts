import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { parseFiche } from "../../lib/fiche";
import { importFiches } from "../../lib/import/run";
import { scratchDatabase, type ScratchDatabase } from "./app-server";
import { cachedCorpus } from "./bench-corpus";
import { progress } from "./bench-progress";
import type { Budget } from "./bench-report";

/**
 * The first steps of a bench at one size: the corpus (cached under bench/cache/), the parser
 * alone in memory, and the import into a fresh scratch database, left open for the rest.
 */
export interface ImportedBench {
  db: ScratchDatabase;
  pool: pg.Pool;
  result: Record<string, unknown>;
  rows: [string, string][];
  budgets: Budget[];
  importPerSecond: number;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

function parseFigures(files: string[]) {
  const texts = files.map((f) => readFileSync(f, "utf8"));
  for (const t of texts.slice(0, 500)) parseFiche(t); // JIT and lazy indexes warm up
  let parsed = 0;
  const started = performance.now();
  for (const [i, t] of texts.entries()) if (parseFiche(t, { fileName: files[i] }).ok) parsed++;
  const took = seconds(started);
  return { fiches: texts.length, parsed, seconds: took, fichesPerSecond: texts.length / took };
}

export async function importBench(root: string, seed: string, count: number): Promise<ImportedBench> {
  const corpus = cachedCorpus(root, seed, count);
  const rows: [string, string][] = [
    [
      "Corpus",
      `${count} fiches, ${(corpus.bytes / 1e6).toFixed(0)} Mo, ${corpus.defects} défectueuses${corpus.generatedIn === null ? " (cache)" : `, générées en ${corpus.generatedIn.toFixed(1)} s`}`,
    ],
  ];
  const parse = parseFigures(corpus.files);
  rows.push([
    "Analyse (parser seul)",
    `${Math.round(parse.fichesPerSecond)} fiches/s (${parse.parsed}/${parse.fiches} lues en ${parse.seconds.toFixed(1)} s)`,
  ]);

  const db = await scratchDatabase(`atlas_bench_${count}`, "pg-bench", 54331);
  const pool = new pg.Pool({ connectionString: db.url, max: 10 });
  pool.on("error", () => {}); // idle connections closed when the database stops at the end
  const bar = progress("Import", corpus.files.length);
  const started = performance.now();
  const summary = await importFiches(corpus.files, { databaseUrl: db.url, onProgress: (done) => bar.update(done) });
  bar.stop();
  const importSeconds = seconds(started);
  const importPerSecond = corpus.files.length / importSeconds;
  await pool.query("VACUUM ANALYZE");
  const {
    rows: [counts],
  } = await pool.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM project) AS projects, (SELECT count(*)::int FROM collectivite) AS collectivites,
    (SELECT count(*)::int FROM project_partner) AS partners, (SELECT count(*)::int FROM funding) AS funding_rows,
    (SELECT count(*)::int FROM collectivite WHERE lat IS NOT NULL) AS placed`);
  rows.push(
    [
      "Import",
      `${Math.round(importPerSecond)} fiches/s (${corpus.files.length} fichiers en ${importSeconds.toFixed(1)} s ; ${summary.imported} importées, ${summary.updated} fusionnées, ${summary.rejected.length} rejetées)`,
    ],
    [
      "Base",
      `${counts.projects} projets, ${counts.collectivites} collectivités (${counts.placed} placées), ${counts.partners} partenariats, ${counts.funding_rows} lignes de financement`,
    ],
  );
  const result = {
    corpus: {
      dir: path.relative(root, corpus.dir),
      bytes: corpus.bytes,
      defects: corpus.defects,
      generatedInSeconds: corpus.generatedIn,
    },
    parse,
    import: {
      files: corpus.files.length,
      seconds: importSeconds,
      fichesPerSecond: importPerSecond,
      imported: summary.imported,
      updated: summary.updated,
      unchanged: summary.unchanged,
      rejected: summary.rejected.length,
      warnings: summary.warnings.length,
      ...counts,
    },
  };
  const budgets: Budget[] = [
    { name: "Import", value: importPerSecond, limit: 300, unit: "fiches/s", kind: "min" },
    { name: "Analyse (parser)", value: parse.fichesPerSecond, limit: 1000, unit: "fiches/s", kind: "min" },
  ];
  return { db, pool, result, rows, budgets, importPerSecond };
}
