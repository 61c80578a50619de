import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import pg from "pg";

/**
 * One real PostgreSQL per test run (embedded under .data/pg-test, or the server of DATABASE_URL),
 * with a migrated template database; each test file clones it with CREATE DATABASE … TEMPLATE.
 */
export const TEMPLATE_DB = "atlas_test_template";
let server: EmbeddedServer | null = null;

function serverUrlFrom(databaseUrl: string) {
  return (database: string) => {
    const url = new URL(databaseUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
}

export async function recreateDatabase(urlFor: (db: string) => string, name: string, template?: string) {
  const admin = new pg.Client({ connectionString: urlFor("postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  let urlFor: (db: string) => string;
  if (process.env.DATABASE_URL) {
    urlFor = serverUrlFrom(process.env.DATABASE_URL);
  } else {
    server = await startEmbeddedPostgres({ name: "pg-test", port: Number(process.env.ATLAS_TEST_PG_PORT ?? 54330) });
    urlFor = server.url;
  }
  await recreateDatabase(urlFor, TEMPLATE_DB);
  await migrate(urlFor(TEMPLATE_DB));
  project.provide("serverUrl", urlFor("postgres"));
  return async () => {
    if (server) await server.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
  }
}
