/**
 * npx tsx scripts/bench-parse.ts [ITERATIONS] — parses the seed fiches repeatedly and prints
 * fiches/s. `benchParse` is exported for the main bench (scripts/bench.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchTexts } from "../lib/fiche/bench";
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
}
