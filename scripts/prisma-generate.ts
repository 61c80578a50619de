/**
 * Runs `prisma generate` offline. Prisma's CLI insists on a schema-engine binary it would
 * download; generate never executes it, so pointing the variable at any existing file is enough
 * (PLATFORM-FACTS.md). Runs on postinstall so a fresh clone has a client.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

execFileSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
