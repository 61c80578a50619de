import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { openScratchServer, recreateDatabase } from "../../lib/db/scratch";
import { migrate } from "../../lib/db/migrate";
import { collectFicheFiles } from "../../lib/import/files";
import { importFiches, type ImportSummary } from "../../lib/import/run";
import { buildIsCurrent, recordBuild, sourceHash } from "./build-stamp";

/**
 * Plumbing shared by scripts/start.ts, scripts/test-e2e.ts and scripts/bench.ts: a scratch
 * database on the test server (embedded, or DATABASE_URL's server), and `next build`/`next start`.
 */
const require = createRequire(import.meta.url);
export const NEXT_BIN = require.resolve("next/dist/bin/next");
/** Our web server: Next's handler behind a guard for the methods Next cannot answer (see the file). */
const SERVE_SCRIPT = fileURLToPath(new URL("../serve.mjs", import.meta.url));
/** Loopback only unless asked (HOST=0.0.0.0 on a server): the atlas has no access control. */
export const DEFAULT_HOST = "127.0.0.1";

export function webHost(env: NodeJS.ProcessEnv = process.env): string {
  return env.HOST || DEFAULT_HOST;
}

/** The app as `next start` (or `next dev`) would serve it, on `port`, bound to HOST (scripts/serve.mjs). */
export function spawnNext(
  mode: "start" | "dev",
  port: number | string,
  env: NodeJS.ProcessEnv,
  stdio: "inherit" | "pipe" = "inherit",
): ChildProcess {
  const args = [SERVE_SCRIPT, mode, "-p", String(port), "-H", webHost(env)];
  return spawn(process.execPath, args, {
    stdio: ["ignore", stdio, stdio],
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

export interface ScratchDatabase {
  url: string;
  close: () => Promise<void>;
}

export async function scratchDatabase(name: string, pgDirName = "pg-test", port = 54330): Promise<ScratchDatabase> {
  const server = await openScratchServer(pgDirName, port);
  await recreateDatabase(server.urlFor, name);
  const url = server.urlFor(name);
  await migrate(url);
  return {
    url,
    close: async () => {
      if (server.embedded?.startedHere) await server.embedded.stop();
    },
  };
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

/** Builds, and records which sources the build was made from (taken before, so edits during it count). */
export async function nextBuild(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const hash = sourceHash();
  const code = await run(process.execPath, [NEXT_BIN, "build"], { ...env, NEXT_TELEMETRY_DISABLED: "1" });
  if (code !== 0) throw new Error(`next build a échoué (code ${code})`);
  recordBuild(hash);
}

/** True when .next/ holds a build of the current sources (not merely some build: think `git pull`). */
export function hasBuild(): boolean {
  return buildIsCurrent();
}

export async function nextStart(
  databaseUrl: string,
  port: number,
): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  // Tests and benchmarks always talk to it through the loopback.
  const child = spawnNext("start", port, { ...process.env, DATABASE_URL: databaseUrl, HOST: DEFAULT_HOST });
  const url = `http://${DEFAULT_HOST}:${port}`;
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
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
