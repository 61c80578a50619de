/**
 * npm run test:e2e: Playwright against `next start` in Debian's Chromium. One build serves two
 * fresh databases: the imported seeds (project `seeds`, tests/e2e/*.spec.ts) and a generated corpus
 * of a few hundred fiches (project `generated`, tests/e2e/generated/). Fails loudly (never skips)
 * when no Chromium is installed.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { ImportSummary } from "../lib/import/run";
import { CHROMIUM_HELP, findChromium } from "./support/chromium";
import { importFolder, nextBuild, nextStart, run, scratchDatabase } from "./support/app-server";
import { E2E_CORPUS, importGeneratedCorpus } from "./support/e2e-corpus";

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const playwrightCli = require.resolve("@playwright/test/cli");
const port = Number(process.env.ATLAS_E2E_PORT ?? 3100);
const generatedPort = Number(process.env.ATLAS_E2E_GENERATED_PORT ?? port + 2);

const counted = (s: ImportSummary) =>
  `importées : ${s.imported + s.updated + s.unchanged}, rejetées : ${s.rejected.length}`;

const seedsDb = await scratchDatabase("atlas_e2e");
let code = 1;
try {
  // The second database lives on the same server (reused, not started twice).
  const generatedDb = await scratchDatabase("atlas_e2e_generated");
  // The imports wait on PostgreSQL, the build on the CPU: side by side they take little more than the build.
  const [seeds, generated] = await Promise.all([
    importFolder(seedsDb.url, path.resolve("seeds")),
    importGeneratedCorpus(generatedDb.url),
    nextBuild(),
  ]);
  console.log(`[e2e] seeds ${counted(seeds)}`);
  console.log(`[e2e] corpus généré (${E2E_CORPUS.count} fiches, graine « ${E2E_CORPUS.seed} ») ${counted(generated)}`);
  const [app, generatedApp] = await Promise.all([
    nextStart(seedsDb.url, port),
    nextStart(generatedDb.url, generatedPort),
  ]);
  try {
    code = await run(process.execPath, [playwrightCli, "test", ...process.argv.slice(2)], {
      ...process.env,
      ATLAS_CHROMIUM: chromium,
      ATLAS_BASE_URL: app.url,
      ATLAS_GENERATED_BASE_URL: generatedApp.url,
      DATABASE_URL: seedsDb.url,
      ATLAS_GENERATED_DATABASE_URL: generatedDb.url,
    });
  } finally {
    await Promise.all([app.stop(), generatedApp.stop()]);
  }
} finally {
  await seedsDb.close();
}
process.exit(code);
