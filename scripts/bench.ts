/**
 * npm run bench [-- --counts 5000,20000 --count 100000 --seed atlas-bench --searches 200 --build
 *   --load-seconds 30 --no-load --port 3200]
 * End-to-end figures on generated corpora, one size after another (scripts/support/bench-size.ts):
 * import and parse throughput, search latency over HTTP against `next start` compared with the
 * same SQL run raw, the country/collectivité/contacts/post/statistics/network pages and the
 * weight of their HTML, the map endpoint and first render, first-load JS, the server's memory, and
 * the app under load (on the 20,000-fiche run only; skipped with --no-load). Prints the 20,000-fiche
 * figures with the budgets (✓/✗), then how each figure grows with the corpus (`--count N` adds a
 * size, e.g. 100000 on demand), and writes both to bench/results.json. Needs nothing but a fresh
 * clone (embedded Postgres, local build).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { hasBuild, nextBuild } from "./support/app-server";
import { checkBudgets, machine, table } from "./support/bench-report";
import { scalingTable, searchGrowthBudget } from "./support/bench-scaling";
import { benchSize, type SizeRun } from "./support/bench-size";

const { values: args } = parseArgs({
  options: {
    counts: { type: "string", default: "5000,20000" },
    count: { type: "string" },
    seed: { type: "string", default: "atlas-bench" },
    searches: { type: "string", default: "200" },
    port: { type: "string", default: "3200" },
    build: { type: "boolean", default: false },
    "load-seconds": { type: "string", default: "30" },
    "no-load": { type: "boolean", default: false },
  },
});
const ROOT = process.cwd();
const MAIN_COUNT = 20_000;
const counts = [...new Set([...args.counts!.split(","), ...(args.count ? [args.count] : [])].map(Number))]
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
// The budgets are read on the 20,000-fiche run (the issue's size), else on the largest.
const main = counts.includes(MAIN_COUNT) ? MAIN_COUNT : counts[counts.length - 1];
const started = performance.now();
const log = (message: string) => console.error(`[bench] ${message}`);
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: machine(),
  seed: args.seed,
  counts,
  main,
};

if (args.build || !hasBuild()) {
  log("next build");
  const buildStarted = performance.now();
  await nextBuild();
  results.buildSeconds = (performance.now() - buildStarted) / 1000;
}
const runs: SizeRun[] = [];
for (const count of counts) {
  runs.push(
    await benchSize({
      root: ROOT,
      seed: args.seed!,
      count,
      searches: Number(args.searches),
      port: Number(args.port),
      // The load phase imports more fiches and takes minutes: on the main run only.
      loadSeconds: count === main && !args["no-load"] ? Number(args["load-seconds"]) : null,
      log,
    }),
  );
}

const mainRun = runs.find((r) => r.count === main)!;
const budgets = checkBudgets([...mainRun.budgets, searchGrowthBudget(runs)]);
const totalSeconds = (performance.now() - started) / 1000;
const loadAverageAtEnd = Math.round(os.loadavg()[0] * 100) / 100;
const scaling = scalingTable(runs);
Object.assign(results, {
  runs: Object.fromEntries(runs.map((r) => [r.count, { ...r.result, notes: r.notes }])),
  scaling: Object.fromEntries(runs.map((r) => [r.count, r.scale])),
  budgets,
  totalSeconds,
  loadAverageAtEnd,
});
const m = results.machine as ReturnType<typeof machine>;
console.log(
  `\nAtlas — bench à ${main.toLocaleString("fr-FR")} fiches (${m.cpus} cœurs ${m.cpuModel}, ${m.memoryGb} Go, Node ${m.node} ; charge ${m.loadAverage} au début, ${loadAverageAtEnd} à la fin)\n`,
);
console.log(table([...mainRun.rows, ["Durée totale du bench", `${totalSeconds.toFixed(0)} s`]], budgets));
console.log(`\n${scaling}`);
const notes = runs.flatMap((r) => r.notes.map((n) => `${r.count} fiches : ${n}`));
if (notes.length) console.log(`\nNotes\n-----\n${notes.map((n) => `- ${n}`).join("\n")}`);
mkdirSync(path.join(ROOT, "bench"), { recursive: true });
writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log("\nRésultats écrits dans bench/results.json");
process.exit(0);
