import { readFileSync } from "node:fs";
import pg from "pg";
import { parseFiche } from "../fiche";
import { loadGazetteer } from "../geo";
import { prepareFiche } from "./prepare";
import { writeFiche } from "./write-fiche";

export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: { file: string; reason: string }[];
  warnings: string[];
  /** Files that could not even be read (missing, unreadable): the command fails only if all are. */
  unreadable: number;
}

export interface ImportOptions {
  databaseUrl: string;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Test hook, called inside each fiche's transaction just before COMMIT. */
  beforeCommit?: (file: string, index: number) => void;
}

/**
 * Imports fiche files one by one, each in its own transaction: a file that cannot be read,
 * parsed or written is rejected with its reason and the others go on.
 */
export async function importFiches(files: string[], options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, rejected: [], warnings: [], unreadable: 0 };
  loadGazetteer();
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    for (const [index, file] of files.entries()) {
      options.onProgress?.(index, files.length, file);
      let raw: string;
      try {
        raw = readFileSync(file, "utf8");
      } catch (error) {
        summary.unreadable++;
        summary.rejected.push({ file, reason: `illisible : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
        continue;
      }
      const parsed = parseFiche(raw, { fileName: file });
      if (!parsed.ok) {
        const what = parsed.error.kind === "not-a-fiche" ? "not an Atlas fiche" : "malformed fiche";
        summary.rejected.push({ file, reason: `${what}: ${parsed.error.reason}` });
        continue;
      }
      try {
        const prepared = prepareFiche(file, raw, parsed.fiche, parsed.warnings);
        await client.query("BEGIN");
        const outcome = await writeFiche(client, prepared);
        options.beforeCommit?.(file, index);
        await client.query("COMMIT");
        summary[outcome]++;
        if (outcome !== "unchanged") summary.warnings.push(...prepared.warnings);
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        summary.rejected.push({ file, reason: `écriture impossible : ${(error as Error).message.split("\n")[0]}` });
      }
    }
    options.onProgress?.(files.length, files.length, "");
  } finally {
    await client.end();
  }
  return summary;
}

export function formatSummary(summary: ImportSummary): string {
  const lines = [
    `Importées : ${summary.imported} · mises à jour : ${summary.updated} · inchangées : ${summary.unchanged} · rejetées : ${summary.rejected.length}`,
    ...summary.rejected.map((r) => `  rejetée ${r.file} : ${r.reason}`),
  ];
  if (summary.warnings.length) lines.push(`Avertissements (${summary.warnings.length}) :`, ...summary.warnings.map((w) => `  ${w}`));
  return lines.join("\n");
}
