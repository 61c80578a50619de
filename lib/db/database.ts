import path from "node:path";
import { ensureAppDatabase } from "./app-role";
import { readOrCreatePassword, startEmbeddedPostgres, type EmbeddedServer } from "./embedded";

/**
 * Where the data lives: DATABASE_URL when set (used as given; the embedded server is then never
 * started), otherwise the embedded PostgreSQL, whose `atlas` database is created on first use and
 * reached through the unprivileged owner role of app-role.ts, never as superuser.
 */
export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedServer | null;
}

export const DEFAULT_EMBEDDED_PORT = 54329;
export const DATABASE_NAME = "atlas";
const EMBEDDED_NAME = "pg";

export interface OpenOptions {
  /** Folder holding .data/ (default: the current directory). */
  rootDir?: string;
  port?: number;
}

export async function openDatabase(
  log: (line: string) => void = () => {},
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = options.port ?? Number(process.env.ATLAS_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const embedded = await startEmbeddedPostgres({ name: EMBEDDED_NAME, port, log, rootDir: options.rootDir });
  try {
    const passwordFile = path.resolve(options.rootDir ?? process.cwd(), ".data", `${EMBEDDED_NAME}.app-password`);
    const url = await ensureAppDatabase(embedded.url, DATABASE_NAME, readOrCreatePassword(passwordFile));
    return { url, embedded };
  } catch (error) {
    if (embedded.startedHere) await embedded.stop();
    throw error;
  }
}
