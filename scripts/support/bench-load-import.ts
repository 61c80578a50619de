import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import type pg from "pg";
import type { ImportSummary } from "../../lib/import/run";

/**
 * The import that runs under the load phase's requests: `npm run import -- DIR --json` in a
 * child process, as an operator runs it, so its work does not hold up the load generator's
 * event loop (which would add to the latencies measured).
 */
const require = createRequire(import.meta.url);
const TSX_CLI = require.resolve("tsx/cli");

type PublicSummary = Omit<ImportSummary, "unreadable">;

export function runImport(dir: string, databaseUrl: string): Promise<PublicSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, "scripts/import.ts", dir, "--json"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      const last = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(last) as PublicSummary);
      } catch {
        reject(new Error(`l'import de ${dir} a échoué (code ${code}) : ${stdout.slice(-500)}`));
      }
    });
    process.once("exit", () => child.kill());
  });
}

/** The importer's `data_version` sequence as it stands (lib/import/run.ts bumps it after commits). */
export async function sequenceValue(pool: pg.Pool): Promise<string> {
  return (await pool.query<{ v: string }>("SELECT last_value::text || is_called::text AS v FROM data_version")).rows[0]
    .v;
}

/**
 * Resolves when the importer has committed its first fiche (the sequence moves on from
 * `before`, read before the import started), so the load starts with the writes rather than
 * with the child's start-up. Gives up when `importing` settles first.
 */
export async function firstWrite(pool: pg.Pool, before: string, importing: Promise<unknown>): Promise<void> {
  let settled = false;
  importing.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled && (await sequenceValue(pool)) === before) await new Promise((r) => setTimeout(r, 50));
}
