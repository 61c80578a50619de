/**
 * npm run import -- PATH… [--json] [--force]
 * Imports fiche files or folders (recursively) into the database; prints a summary, and with
 * --json ends stdout with the summary as one JSON line. A copy that looks cut short of the
 * stored fiche is skipped (reported as truncated) unless --force. Exits 0 unless nothing could be read.
 */
import cliProgress from "cli-progress";
import path from "node:path";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate";
import { collectFicheFiles } from "../lib/import/files";
import { printablePath } from "../lib/import/printable";
import { formatSummary, importFiches } from "../lib/import/run";

const args = process.argv.slice(2);
const json = args.includes("--json");
const force = args.includes("--force");
const paths = args.filter((a) => !a.startsWith("--"));
if (paths.length === 0) {
  console.error("Usage : npm run import -- DOSSIER|FICHIER… [--json] [--force]");
  process.exit(2);
}

const { files, rejected } = collectFicheFiles(paths);
const db = await openDatabase();
let exitCode = 0;
try {
  await migrate(db.url);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: "Import {bar} {value}/{total} fiches · {file}", stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0, { file: "" });
  const summary = await importFiches(files, {
    databaseUrl: db.url,
    force,
    onProgress: (done, _total, file) => bar?.update(done, { file: printablePath(path.basename(file)) }),
  });
  bar?.stop();
  summary.rejected.push(...rejected);
  const readable = files.length - summary.unreadable;
  if (readable === 0) exitCode = 1;
  console.log(formatSummary(summary));
  if (json) {
    const { unreadable: _unreadable, ...publicSummary } = summary;
    console.log(JSON.stringify(publicSummary));
  }
} finally {
  if (db.embedded?.startedHere) await db.embedded.stop();
}
process.exit(exitCode);
