import { recomputePostCountries } from "./post-countries";
import pg from "pg";
import { KnownRows } from "./known-rows";
import { printableLine, printablePath } from "./printable";
import { fichePreparer } from "./prepare-pool";
import { readFiche, type ReadOutcome } from "./read-fiche";
import { writeFiche, type WriteOutcome } from "./write-fiche";

export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: { file: string; reason: string }[];
  /** Copies cut short of the version already stored, which is kept (unless `force`). */
  truncated: { file: string; reason: string }[];
  warnings: string[];
  /** Files that could not even be read (missing, unreadable): the command fails only if all are. */
  unreadable: number;
}

export interface ImportOptions {
  databaseUrl: string;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Connections writing side by side (default 6). */
  concurrency?: number;
  /** Worker threads reading and parsing ahead (default: the machine's cores but one, at most 4, for 300 files or more; 0: none). */
  threads?: number;
  /** Replace stored fiches even with copies that look cut short of them. */
  force?: boolean;
  /** Test hook, called inside each fiche's transaction just before COMMIT. */
  beforeCommit?: (file: string, index: number) => void;
}

/** Deadlock and unique-key races between concurrent fiches: the transaction is simply run again. */
const RETRYABLE = new Set(["40P01", "40001", "23505"]);
const MAX_ATTEMPTS = 3;
const DEFAULT_CONCURRENCY = 6;
/** Files read and prepared ahead of the writing connections. */
const LOOKAHEAD = 16;

type FileOutcome =
  | { kind: "written"; outcome: WriteOutcome; warnings: string[] }
  | { kind: "truncated"; reason: string }
  | { kind: "rejected"; reason: string; unreadable?: boolean };

/** One file, once read and prepared, to a committed transaction (or a reason why not). */
async function writeOne(
  client: pg.Client,
  file: string,
  index: number,
  read: ReadOutcome,
  options: ImportOptions,
  known: KnownRows,
  version: DataVersion,
): Promise<FileOutcome> {
  if (read.kind === "rejected") return read;
  const prepared = read.prepared;
  for (let attempt = 1; ; attempt++) {
    try {
      const staged = known.stage();
      await client.query("BEGIN");
      const result = await writeFiche(client, prepared, known, staged, { force: options.force });
      options.beforeCommit?.(file, index);
      await client.query("COMMIT");
      known.promote(staged);
      if (result.outcome === "truncated") return { kind: "truncated", reason: result.reason };
      const outcome = result.outcome;
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
 * the data: at the first write, then at most every ANNOUNCE_INTERVAL_MS while writing, and once
 * more at the end of the run. Each bump makes the app reload its in-memory facet index (every
 * project's row): bumped every hundred fiches, the app under load spent the import reloading it,
 * and searches waited 5 s and more.
 */
export const ANNOUNCE_INTERVAL_MS = 10_000;

export class DataVersion {
  private unannounced = 0;
  private announcedAt: number | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  async written(client: Pick<pg.Client, "query">): Promise<void> {
    this.unannounced++;
    if (this.announcedAt === null || this.now() - this.announcedAt >= ANNOUNCE_INTERVAL_MS) await this.bump(client);
  }

  async settle(client: Pick<pg.Client, "query">): Promise<void> {
    if (this.unannounced > 0) await this.bump(client);
  }

  private async bump(client: Pick<pg.Client, "query">): Promise<void> {
    this.announcedAt = this.now();
    this.unannounced = 0;
    await client.query("SELECT nextval('data_version')");
  }
}

/**
 * Each collectivité is displayed under its most frequent spelling across fiches. Computed once
 * per run rather than per fiche (a collectivité shared by a thousand fiches is counted once),
 * for every record a fiche's transaction marked stale: those of this run, and those of an
 * earlier run killed before it got here.
 */
async function refreshStaleDisplayNames(client: pg.Client): Promise<void> {
  await client.query(
    `UPDATE collectivite c SET display_name_stale = false, display_name = coalesce(
       (SELECT name_as_written FROM project_partner pp WHERE pp.collectivite_id = c.id
        GROUP BY name_as_written ORDER BY count(*) DESC, min(project_id), name_as_written LIMIT 1),
       c.display_name)
     WHERE c.display_name_stale`,
  );
}

/**
 * New index entries wait in the GIN indexes' pending lists (fastupdate): merged in bulk here,
 * so the searches after an import do not each read the list.
 */
async function mergePendingIndexEntries(client: pg.Client): Promise<void> {
  await client.query(`
    SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
    WHERE i.indrelid = 'project'::regclass AND am.amname = 'gin'`);
}

/**
 * Imports fiche files, each in its own transaction: a file that cannot be read, parsed or
 * written is rejected with its reason and the others go on. A few connections work side by
 * side, because a fiche spends most of its time waiting on database round trips. Every
 * statement of a fiche locks shared rows (thematics, collectivités, funders…) in key order, so
 * concurrent fiches cannot deadlock; a race on a new key is retried.
 */
export async function importFiches(files: string[], options: ImportOptions): Promise<ImportSummary> {
  const summary: ImportSummary = {
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    truncated: [],
    warnings: [],
    unreadable: 0,
  };
  const preparer = fichePreparer(files.length, options.threads);
  // Files are read and prepared a little ahead of the connections, in file order.
  const ahead = new Map<number, Promise<ReadOutcome>>();
  let requested = 0;
  const readAt = (index: number): Promise<ReadOutcome> => {
    for (; requested < Math.min(files.length, index + LOOKAHEAD); requested++) {
      const file = files[requested];
      // A worker that died: the file is read here instead.
      ahead.set(
        requested,
        preparer.prepare(file).catch(() => readFiche(file)),
      );
    }
    const read = ahead.get(index)!;
    ahead.delete(index);
    return read;
  };
  const connections = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, files.length));
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
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
          outcomes[index] = await writeOne(client, files[index], index, await readAt(index), options, known, version);
          options.onProgress?.(++done, files.length, files[index]);
        }
      }),
    );
    await refreshStaleDisplayNames(clients[0]);
    if ((await recomputePostCountries(clients[0])) > 0) await version.written(clients[0]);
    if (outcomes.some((o) => o?.kind === "written" && o.outcome !== "unchanged"))
      await mergePendingIndexEntries(clients[0]);
    await version.settle(clients[0]);
  } finally {
    await Promise.all([...clients.map((c) => c.end()), preparer.close()]);
  }
  // Reported in file order, whatever order the connections finished in.
  for (const [index, result] of outcomes.entries()) {
    if (result.kind === "written") {
      summary[result.outcome]++;
      summary.warnings.push(...result.warnings);
    } else if (result.kind === "truncated") {
      summary.truncated.push({ file: files[index], reason: result.reason });
    } else {
      if (result.unreadable) summary.unreadable++;
      summary.rejected.push({ file: files[index], reason: result.reason });
    }
  }
  return summary;
}

/** The summary as printed: one line per rejected file or warning, names with control characters quoted. */
export function formatSummary(summary: ImportSummary): string {
  const lines = [
    `Importées : ${summary.imported} · mises à jour : ${summary.updated} · inchangées : ${summary.unchanged} · rejetées : ${summary.rejected.length}`,
    ...summary.rejected.map((r) => `  rejetée ${printablePath(r.file)} : ${printableLine(r.reason)}`),
  ];
  if (summary.truncated.length) {
    lines.push(
      `Copies tronquées ignorées (${summary.truncated.length}), la version enregistrée est conservée (--force pour la remplacer) :`,
      ...summary.truncated.map((t) => `  tronquée ${printablePath(t.file)} : ${printableLine(t.reason)}`),
    );
  }
  // Warnings start with their file's name (and quote the fiche): one printed line each, whatever they hold.
  if (summary.warnings.length)
    lines.push(
      `Avertissements (${summary.warnings.length}) :`,
      ...summary.warnings.map((w) => `  ${printableLine(w)}`),
    );
  return lines.join("\n");
}
