/**
 * npm run harvest -- [--from N] [--to N] [--ids FILE] [--out DIR] [--base-url URL] [--delay MS]
 * [--timeout MS] [--refresh] [--import] [--json]
 * Brings the official Atlas's public project pages into DIR (default seeds/atlas), one request at
 * a time, resumably; with --import, imports what changed. Exits 1 when the run stopped early.
 */
import cliProgress from "cli-progress";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate";
import { formatHarvestSummary } from "../lib/harvest/report";
import { type CliOptions, DEFAULTS, parseCliOptions, USAGE } from "../lib/harvest/options";
import { harvest, type HarvestSummary, type HarvestTally } from "../lib/harvest/run";
import { formatSummary, importFiches, type ImportSummary } from "../lib/import/run";

let options: CliOptions;
try {
  options = parseCliOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const bar = process.stderr.isTTY
  ? new cliProgress.SingleBar(
      {
        format:
          "Récolte {bar} {value}/{total} · trouvées {found} · absentes {absent} · erreurs {errors} · reste {eta_formatted}",
        stream: process.stderr,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    )
  : null;
const counts = (t: HarvestTally) => ({ found: t.found, absent: t.absent, errors: t.errors });
bar?.start(options.ids.length, 0, { found: 0, absent: 0, errors: 0 });

let summary: HarvestSummary;
try {
  summary = await harvest({
    ...options,
    maxConsecutiveFailures: DEFAULTS.maxConsecutiveFailures,
    onProgress: (tally) => bar?.update(tally.done, counts(tally)),
    // On a terminal the line is written over the bar, which redraws itself at the next update.
    log: (line) => process.stderr.write(bar ? `\r\x1b[K${line}\n` : `${line}\n`),
  });
} catch (error) {
  bar?.stop();
  console.error(`Récolte impossible : ${(error as Error).message}`);
  process.exit(1);
}
bar?.stop();
console.log(formatHarvestSummary(summary));
if (summary.stopped) console.error(summary.stopped);

let imported: Omit<ImportSummary, "unreadable"> | null = null;
if (options.importAfter && summary.changedFiles.length > 0) {
  const db = await openDatabase();
  try {
    await migrate(db.url);
    const { unreadable: _unreadable, ...result } = await importFiches(summary.changedFiles, { databaseUrl: db.url });
    imported = result;
    console.log(formatSummary({ ...result, unreadable: 0 }));
  } finally {
    if (db.embedded?.startedHere) await db.embedded.stop();
  }
} else if (options.importAfter) console.log("Rien de nouveau à importer.");

if (options.json) {
  const { changedFiles, ...rest } = summary;
  console.log(JSON.stringify({ ...rest, changed: changedFiles.length, import: imported }));
}
process.exit(summary.stopped ? 1 : 0);
