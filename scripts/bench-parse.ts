/**
 * npx tsx scripts/bench-parse.ts [ITERATIONS] — parses the seed fiches repeatedly and prints
 * fiches/s, then times every table splitter on 50 kB hostile rows against a budget (a long row
 * must never stall an import: issue 12). `benchParse` is exported for the main bench
 * (scripts/bench.ts). Exit code 1 when a splitter is over budget.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchSplitters, benchTexts } from "../lib/fiche/bench";
import { parseFiche } from "../lib/fiche/index";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The seeds that are fiches (the context texts 003/004 are rejected in microseconds and would flatter the figure). */
export function seedFiches(): string[] {
  const dir = path.join(ROOT, "seeds");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"))
    .filter((text) => parseFiche(text).ok);
}

/** Hostile row size and the time a splitter may take on one such row. */
export const SPLITTER_ROW_SIZE = 50_000;
export const SPLITTER_BUDGET_MS = 50;

export function benchParse(iterations = 500): { fichesPerSecond: number } {
  const { fichesPerSecond } = benchTexts(seedFiches(), iterations);
  return { fichesPerSecond };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const iterations = Number(process.argv[2] ?? 500) || 500;
  const texts = seedFiches();
  const r = benchTexts(texts, iterations);
  console.log(
    `parsed ${r.fiches} fiches (${texts.length} seeds × ${iterations}) in ${r.ms.toFixed(0)} ms: ` +
      `${Math.round(r.fichesPerSecond)} fiches/s (${Math.round(r.cpuFichesPerSecond)} per CPU-second)`,
  );

  const timings = benchSplitters(SPLITTER_ROW_SIZE);
  console.log(
    `\ntable splitters on ${SPLITTER_ROW_SIZE / 1000} kB rows (slowest hostile row, median of 5), budget ${SPLITTER_BUDGET_MS} ms:`,
  );
  const width = Math.max(...timings.map((t) => t.splitter.length));
  for (const t of timings) {
    const mark = t.ms <= SPLITTER_BUDGET_MS ? "✓" : "✗";
    console.log(`  ${mark} ${t.splitter.padEnd(width)} ${t.ms.toFixed(1).padStart(7)} ms  (${t.row})`);
  }
  const over = timings.filter((t) => t.ms > SPLITTER_BUDGET_MS);
  console.log(over.length === 0 ? "all splitters within budget" : `${over.length} splitter(s) over budget`);
  if (over.length > 0) process.exitCode = 1;
}
