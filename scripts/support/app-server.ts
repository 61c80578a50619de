import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { openScratchServer, recreateDatabase } from "../../lib/db/scratch";
import { migrate } from "../../lib/db/migrate";
import { collectFicheFiles } from "../../lib/import/files";
import { importFiches, type ImportSummary } from "../../lib/import/run";

/**
 * Plumbing shared by scripts/start.ts, scripts/test-e2e.ts and scripts/bench.ts: a scratch
 * database on the test server (embedded, or DATABASE_URL's server), and `next build`/`next start`.
 */
const require = createRequire(import.meta.url);
export const NEXT_BIN = require.resolve("next/dist/bin/next");

export interface ScratchDatabase {
  url: string;
  close: () => Promise<void>;
}

export async function scratchDatabase(name: string, pgDirName = "pg-test", port = 54330): Promise<ScratchDatabase> {
  const server = await openScratchServer(pgDirName, port);
  await recreateDatabase(server.urlFor, name);
  const url = server.urlFor(name);
  await migrate(url);
  return { url, close: async () => { if (server.embedded?.startedHere) await server.embedded.stop(); } };
}

export async function importFolder(url: string, folder: string): Promise<ImportSummary> {
  const { files } = collectFicheFiles([folder]);
  return importFiches(files, { databaseUrl: url });
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

export async function nextBuild(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const code = await run(process.execPath, [NEXT_BIN, "build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
  if (code !== 0) throw new Error(`next build a échoué (code ${code})`);
}

export function hasBuild(): boolean {
  return existsSync(path.resolve(".next/BUILD_ID"));
}

export async function nextStart(databaseUrl: string, port: number): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/projets`);
      if (res.status < 500) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    child,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.on("exit", () => resolve());
      child.kill("SIGTERM");
    }),
  };
}
