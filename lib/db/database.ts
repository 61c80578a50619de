import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";

/**
 * Where the data lives: DATABASE_URL when set (the embedded server is then never started),
 * otherwise the embedded PostgreSQL under .data/, with its `atlas` database created on first use.
 */
export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedServer | null;
}

export const DEFAULT_EMBEDDED_PORT = 54329;
export const DATABASE_NAME = "atlas";

export async function ensureDatabaseExists(serverUrl: (db: string) => string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl("postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

export async function openDatabase(log: (line: string) => void = () => {}): Promise<DatabaseHandle> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const port = Number(process.env.ATLAS_PG_PORT ?? DEFAULT_EMBEDDED_PORT);
  const embedded = await startEmbeddedPostgres({ name: "pg", port, log });
  await ensureDatabaseExists(embedded.url, DATABASE_NAME);
  return { url: embedded.url(DATABASE_NAME), embedded };
}
