import { readFileSync } from "node:fs";
import pg from "pg";
import { parseFiche } from "../fiche";
import { loadGazetteer } from "../geo";
import { KnownRows } from "./known-rows";
import { prepareFiche } from "./prepare";
import { writeFiche, type WriteOutcome } from "./write-fiche";

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
  /** Connections writing side by side (default 4). */
  concurrency?: number;
  /** Test hook, called inside each fiche's transaction just before COMMIT. */
  beforeCommit?: (file: string, index: number) => void;
}

/** Deadlock and unique-key races between concurrent fiches: the transaction is simply run again. */
const RETRYABLE = new Set(["40P01", "40001", "23505"]);
const MAX_ATTEMPTS = 3;
const DEFAULT_CONCURRENCY = 4;

type FileOutcome =
  | { kind: "written"; outcome: WriteOutcome; warnings: string[] }
  | { kind: "rejected"; reason: string; unreadable?: boolean };

/** One file, from disk to a committed transaction (or a reason why not). */
async function importOne(
  client: pg.Client, file: string, index: number, options: ImportOptions, known: KnownRows, version: DataVersion,
): Promise<FileOutcome> {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    return { kind: "rejected", unreadable: true, reason: `illisible : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const parsed = parseFiche(raw, { fileName: file });
  if (!parsed.ok) {
    const what = parsed.error.kind === "not-a-fiche" ? "not an Atlas fiche" : "malformed fiche";
    return { kind: "rejected", reason: `${what}: ${parsed.error.reason}` };
  }
  let prepared;
  try {
    prepared = prepareFiche(file, raw, parsed.fiche, parsed.warnings);
  } catch (error) {
    return { kind: "rejected", reason: `préparation impossible : ${(error as Error).message.split("\n")[0]}` };
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const staged = known.stage();
      await client.query("BEGIN");
      const outcome = await writeFiche(client, prepared, known, staged);
      options.beforeCommit?.(file, index);
      await client.query("COMMIT");
      known.promote(staged);
      if (outcome !== "unchanged") await version.written(client);
      return { kind: "written", outcome, warnings: outcome === "unchanged" ? [] : prepared.warnings };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      const code = (error as { code?: string }).code;
      if (code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) continue;
      return { kind: "rejected", reason: `écriture impossible : ${(error as Error).message.split("\n")[0]}` };
    }
  }
}

/**
 * Tells the app that data changed (the `data_version` sequence; it drops its cached facet
 * counts). Bumped after a commit, never before, so a reader that sees the new version also sees
 * the data: at the first write, every hundredth, and once more at the end of the run.
 */
class DataVersion {
  private unannounced = 0;
  private announced = false;

  async written(client: pg.Client): Promise<void> {
    this.unannounced++;
    if (!this.announced || this.unannounced >= 100) await this.bump(client);
  }

  async settle(client: pg.Client): Promise<void> {
    if (this.unannounced > 0) await this.bump(client);
  }

  private async bump(client: pg.Client): Promise<void> {
    this.announced = true;
    this.unannounced = 0;
    await client.query("SELECT nextval('data_version')");
  }
}

/**
 * Each collectivité is displayed under its most frequent spelling across fiches. Computed once
 * per run rather than per fiche: a collectivité shared by a thousand fiches is counted once.
 */
async function refreshDisplayNames(client: pg.Client, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 5000) {
    await client.query(
      `UPDATE collectivite c SET display_name = spelling.name
       FROM (SELECT DISTINCT ON (collectivite_id) collectivite_id, name_as_written AS name
             FROM project_partner WHERE collectivite_id = ANY($1::int[])
             GROUP BY collectivite_id, name_as_written
             ORDER BY collectivite_id, count(*) DESC, min(project_id), name_as_written) spelling
       WHERE c.id = spelling.collectivite_id AND c.display_name IS DISTINCT FROM spelling.name`,
      [ids.slice(i, i + 5000)],
    );
  }
}

/**
 * Imports fiche files, each in its own transaction: a file that cannot be read, parsed or
 * written is rejected with its reason and the others go on. A few connections work side by
 * side, because a fiche spends most of its time waiting on database round trips. Every
 * statement of a fiche locks shared rows (thematics, collectivités, funders…) in key order, so
 * concurrent fiches cannot deadlock; a race on a new key is retried.
 */
export async function importFiches(files: string[], options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, updated: 0, unchanged: 0, rejected: [], warnings: [], unreadable: 0 };
  loadGazetteer();
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, files.length));
  const clients = await Promise.all(
    Array.from({ length: workers }, async () => {
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      // A crash may lose the last commits but never half-writes one, and an import can always
      // be run again; waiting for each commit's flush would make the disk the bottleneck.
      await client.query("SET synchronous_commit = off");
      return client;
    }),
  );
  const outcomes: FileOutcome[] = new Array(files.length);
  const known = new KnownRows();
  const version = new DataVersion();
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      clients.map(async (client) => {
        while (next < files.length) {
          const index = next++;
          outcomes[index] = await importOne(client, files[index], index, options, known, version);
          options.onProgress?.(++done, files.length, files[index]);
        }
      }),
    );
    await refreshDisplayNames(clients[0], [...known.touchedCollectivites]);
    await version.settle(clients[0]);
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  // Reported in file order, whatever order the workers finished in.
  for (const [index, result] of outcomes.entries()) {
    if (result.kind === "written") {
      summary[result.outcome]++;
      summary.warnings.push(...result.warnings);
    } else {
      if (result.unreadable) summary.unreadable++;
      summary.rejected.push({ file: files[index], reason: result.reason });
    }
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
