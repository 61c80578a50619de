/**
 * npm start / npm run dev: the one command a new user runs.
 * Starts (or reuses) the database, migrates, imports seeds/ idempotently, builds when there is
 * no build, then serves on PORT (default 3000). Ctrl-C stops the server and the embedded database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate";
import { collectFicheFiles } from "../lib/import/files";
import { formatSummary, importFiches } from "../lib/import/run";
import { hasBuild, NEXT_BIN, nextBuild } from "./support/app-server";
import { stopLeftoverProcess, writePidFile } from "./support/pid-file";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

const log = (line: string) => console.log(`[atlas] ${line}`);
const db = await openDatabase((line) => { if (line.includes("réutilisé")) log(line); });
log(db.embedded ? `PostgreSQL embarqué sur 127.0.0.1:${db.embedded.port} (données dans .data/)` : "Base : DATABASE_URL");

let stopping = false;
let server: ChildProcess | null = null;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) server.kill("SIGTERM");
  // Ours even when reused: an earlier `npm start` killed with SIGKILL left it running for us.
  if (db.embedded) await db.embedded.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const migrations = await migrate(db.url);
  if (migrations.applied.length) log(`Migrations appliquées : ${migrations.applied.join(", ")}`);
  const { files } = collectFicheFiles([path.resolve("seeds")]);
  const summary = await importFiches(files, { databaseUrl: db.url });
  log(formatSummary(summary).split("\n").join("\n[atlas] "));

  const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
  if (!dev && !hasBuild()) {
    log("Première construction de l'application (next build)…");
    await nextBuild(env);
  }
  const pidFile = path.resolve(".data/web-server.pid");
  if (await stopLeftoverProcess(pidFile, "next")) log("Serveur web laissé par un lancement interrompu : arrêté.");
  server = spawn(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
  writePidFile(pidFile, server.pid);
  log(`Atlas servi sur http://127.0.0.1:${port}/`);
  server.on("exit", (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(`[atlas] ${(error as Error).message}`);
  await shutdown(1);
}
