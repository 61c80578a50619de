import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "./embedded";

/**
 * The database server of the test suite and the benchmark: DATABASE_URL's server when set,
 * otherwise an embedded one under .data/<name>, apart from the app's own data.
 */
export interface ScratchServer {
  urlFor: (database: string) => string;
  embedded: EmbeddedServer | null;
}

/** Connection URLs for any database on the server of `databaseUrl`. */
export function databasesOn(databaseUrl: string): (database: string) => string {
  return (database) => {
    const url = new URL(databaseUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
}

export async function openScratchServer(name: string, defaultPort: number): Promise<ScratchServer> {
  if (process.env.DATABASE_URL) return { urlFor: databasesOn(process.env.DATABASE_URL), embedded: null };
  const embedded = await startEmbeddedPostgres({ name, port: Number(process.env.ATLAS_TEST_PG_PORT ?? defaultPort) });
  return { urlFor: embedded.url, embedded };
}

/** Drops `name` if it exists (closing its connections) and creates it again, empty or from a template. */
export async function recreateDatabase(
  urlFor: (database: string) => string,
  name: string,
  template?: string,
): Promise<void> {
  const admin = new pg.Client({ connectionString: urlFor("postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await admin.end();
  }
}
