import type { TestProject } from "vitest/node";
import type { EmbeddedServer } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { openScratchServer, recreateDatabase } from "../../lib/db/scratch";

/**
 * One real PostgreSQL per test run (embedded under .data/pg-test, or the server of DATABASE_URL),
 * with a migrated template database; each test file clones it with CREATE DATABASE … TEMPLATE.
 */
export const TEMPLATE_DB = "atlas_test_template";
let server: EmbeddedServer | null = null;

export default async function setup(project: TestProject) {
  const scratch = await openScratchServer("pg-test", 54330);
  server = scratch.embedded;
  const urlFor = scratch.urlFor;
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
