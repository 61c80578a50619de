/**
 * npm start / npm run dev: the one command a new user runs.
 * Starts (or reuses) the database, migrates, imports seeds/ idempotently, builds when the build is
 * missing or older than the sources, then serves on HOST:PORT (127.0.0.1:3000 by default).
 * Ctrl-C stops the web server, then the embedded database, saying so.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { openDatabase, type DatabaseHandle } from "../lib/db/database";
import { migrate } from "../lib/db/migrate";
import { collectFicheFiles } from "../lib/import/files";
import { formatSummary, importFiches } from "../lib/import/run";
import { hasBuild, nextBuild, spawnNext, webHost } from "./support/app-server";
import { stopLeftoverProcess, writePidFile } from "./support/pid-file";
import { reportStartFailure } from "./support/start-failure";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const pidFile = path.resolve(".data/web-server.pid");

const log = (line: string) => console.log(`[atlas] ${line}`);
let db: DatabaseHandle | null = null;
let server: ChildProcess | null = null;
let stopping = false;

async function stopWebServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  log("Arrêt du serveur web…");
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return; // a second Ctrl-C waits for the first
  stopping = true;
  await stopWebServer();
  rmSync(pidFile, { force: true });
  // Ours even when reused: an earlier `npm start` killed with SIGKILL left it running for us.
  if (db?.embedded) {
    log("Arrêt de PostgreSQL…");
    await db.embedded.stop().catch(() => {});
  }
  log("Terminé.");
  process.exit(code);
}

async function fail(error: unknown): Promise<void> {
  reportStartFailure(error);
  return shutdown(1);
}

function describeData(handle: DatabaseHandle): string {
  if (!handle.embedded) return "Base : DATABASE_URL";
  const relative = path.relative(process.cwd(), handle.embedded.dataDir);
  const where = relative.startsWith("..") ? handle.embedded.dataDir : relative;
  return `PostgreSQL embarqué sur 127.0.0.1:${handle.embedded.port} (données dans ${where})`;
}

async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  if (dev || hasBuild()) return;
  log(
    existsSync(".next/BUILD_ID")
      ? "Sources modifiées depuis la dernière construction : reconstruction (next build)…"
      : "Première construction de l'application (next build)…",
  );
  await nextBuild(env);
}

async function main(): Promise<void> {
  db = await openDatabase((line) => {
    if (line.includes("réutilisé")) log(line);
  });
  log(describeData(db));
  const migrations = await migrate(db.url);
  if (migrations.applied.length) log(`Migrations appliquées : ${migrations.applied.join(", ")}`);
  const { files } = collectFicheFiles([path.resolve("seeds")]);
  const summary = await importFiches(files, { databaseUrl: db.url });
  log(formatSummary(summary).split("\n").join("\n[atlas] "));

  const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
  await buildIfStale(env);
  if (stopping) return;
  if (await stopLeftoverProcess(pidFile, "next")) log("Serveur web laissé par un lancement interrompu : arrêté.");
  server = spawnNext(dev ? "dev" : "start", port, env);
  writePidFile(pidFile, server.pid);
  const host = webHost();
  log(
    `Atlas servi sur http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}/${host === "127.0.0.1" ? "" : ` (écoute sur ${host})`}`,
  );
  // The web server stopping on its own (port taken…) ends the atlas; during shutdown() it is expected.
  server.on("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("unhandledRejection", (error) => void fail(error));
process.on("uncaughtException", (error) => void fail(error));
await main().catch(fail);
