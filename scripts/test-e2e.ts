/**
 * npm run test:e2e: Playwright against `next start` in Debian's Chromium, on a fresh database
 * holding the imported seeds. Fails loudly (never skips) when no Chromium is installed.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { CHROMIUM_HELP, findChromium } from "./support/chromium";
import { importFolder, nextBuild, nextStart, run, scratchDatabase } from "./support/app-server";

const chromium = findChromium();
if (!chromium) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const playwrightCli = require.resolve("@playwright/test/cli");
const port = Number(process.env.ATLAS_E2E_PORT ?? 3100);

const db = await scratchDatabase("atlas_e2e");
let code = 1;
try {
  const summary = await importFolder(db.url, path.resolve("seeds"));
  console.log(
    `[e2e] seeds importées : ${summary.imported + summary.updated + summary.unchanged}, rejetées : ${summary.rejected.length}`,
  );
  await nextBuild();
  const app = await nextStart(db.url, port);
  try {
    code = await run(process.execPath, [playwrightCli, "test", ...process.argv.slice(2)], {
      ...process.env,
      ATLAS_CHROMIUM: chromium,
      ATLAS_BASE_URL: app.url,
      DATABASE_URL: db.url,
    });
  } finally {
    await app.stop();
  }
} finally {
  await db.close();
}
process.exit(code);
