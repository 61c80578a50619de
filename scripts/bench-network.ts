/**
 * npm run bench:network (scratch measure): the first frame of /reseau on a generated corpus in
 * headless Chromium: from navigation start to sigma's first render (`data-drawn`), with the
 * size of GET /api/network. Options: --count N (default 20,000), --seed S. Uses the current build;
 * the imported corpus stays in its database for the next run (scripts/support/imported-corpus.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { nextStart } from "./support/app-server";
import { importedCorpus } from "./support/imported-corpus";

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const count = arg("count", 20_000);
const seed = arg("seed", 1);
const corpus = path.resolve(`bench/cache/network-${count}-${seed}`);
if (!existsSync(corpus))
  execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/generate-fiches.ts",
      "--count",
      String(count),
      "--seed",
      String(seed),
      "--out",
      corpus,
    ],
    { stdio: "inherit" },
  );

const db = await importedCorpus(
  `atlas_bench_network_${count}_${seed}`,
  "pg-bench-network",
  Number(process.env.ATLAS_TEST_PG_PORT ?? 54330),
  corpus,
);
try {
  const app = await nextStart(db.url, Number(process.env.ATLAS_E2E_PORT ?? 3100));
  try {
    const api = await fetch(`${app.url}/api/network`);
    const body = await api.text();
    const data = JSON.parse(body);
    console.log(`/api/network : ${data.n.length} nœuds, ${data.e.length} liens, ${(body.length / 1e6).toFixed(1)} Mo`);
    const browser = await chromium.launch({
      executablePath: process.env.ATLAS_CHROMIUM ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    try {
      for (const run of [1, 2, 3]) {
        const page = await browser.newPage();
        await page.goto(`${app.url}/reseau`);
        await page.waitForSelector('[data-testid="network-canvas"][data-drawn="true"]', {
          state: "attached",
          timeout: 120_000,
        });
        const seen = await page.evaluate(() => performance.now());
        // The page's own marks (components/network): when the data arrived, the graph was built, the frame drawn.
        const marks = await page.evaluate(() =>
          Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime])),
        );
        const seconds = (name: string) => (marks[name] === undefined ? "?" : (marks[name] / 1000).toFixed(2));
        console.log(
          `premier rendu du réseau, essai ${run} : ${seconds("network:drawn")} s (budget 3 s) — données ${seconds("network:fetched")} s, graphe ${seconds("network:graph")} s, sigma ${seconds("network:sigma")} s, image ${seconds("network:frame")} s, vu par le banc à ${(seen / 1000).toFixed(2)} s`,
        );
        await page.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    await app.stop();
  }
} finally {
  await db.close();
}
