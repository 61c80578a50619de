import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { prisma, primaryPrisma, replicaUrls } from "../../lib/db/client";
import { dataVersion } from "../../lib/search/data-version";
import { SEEDS_DIR, importPaths } from "./seeds";
import { freshDatabase, withClient } from "./test-db";

/**
 * DATABASE_REPLICA_URLS: the replica is a copy of the primary (CREATE DATABASE … TEMPLATE) whose
 * data then differs, so every read shows which database answered.
 */
const REPLICA_TITLE = "Titre lu sur le réplica";
const base = new URL(inject("serverUrl"));
const replicaName = `${new URL(base).pathname.slice(1) || "atlas"}_replica_${process.pid}`;
let primaryUrl = "";
let slug = "";

beforeAll(async () => {
  const primary = await freshDatabase();
  primaryUrl = primary.url;
  const fiches = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(SEEDS_DIR, f));
  await importPaths(fiches.slice(0, 2), { databaseUrl: primary.url });
  await withClient(base.toString(), (admin) =>
    admin.query(`CREATE DATABASE "${replicaName}" TEMPLATE "${primary.name}"`),
  );
  const replicaUrl = new URL(base);
  replicaUrl.pathname = `/${replicaName}`;
  await withClient(replicaUrl.toString(), async (replica) => {
    const { rows } = await replica.query(
      "UPDATE project SET title = $1 WHERE id = (SELECT min(id) FROM project) RETURNING slug",
      [REPLICA_TITLE],
    );
    slug = rows[0].slug;
  });
  // An import on the primary that the replica has not caught up with yet.
  await withClient(primary.url, (client) => client.query("SELECT nextval('data_version')"));
  process.env.DATABASE_URL = primary.url;
  process.env.DATABASE_REPLICA_URLS = ` ${replicaUrl}, `;
});

afterAll(async () => {
  await Promise.all([prisma().$disconnect(), primaryPrisma().$disconnect()]);
  await withClient(base.toString(), (admin) => admin.query(`DROP DATABASE IF EXISTS "${replicaName}" WITH (FORCE)`));
});

describe("read replicas", () => {
  it("reads the list, blanks aside", () => {
    expect(replicaUrls({ DATABASE_REPLICA_URLS: "postgres://a/x, ,postgres://b/y" })).toEqual([
      "postgres://a/x",
      "postgres://b/y",
    ]);
    expect(replicaUrls({})).toEqual([]);
  });

  it("sends model reads and raw SQL to the replica", async () => {
    const project = await prisma().project.findUnique({ where: { slug }, select: { title: true } });
    expect(project?.title).toBe(REPLICA_TITLE);
    const [{ database }] = await prisma().$queryRaw<{ database: string }[]>`SELECT current_database() AS database`;
    expect(database).toBe(replicaName);
  });

  it("takes the data version from the primary", async () => {
    const [{ version }] = await primaryPrisma().$queryRaw<{ version: string }[]>`SELECT current_database() AS version`;
    expect(version).toBe(new URL(primaryUrl).pathname.slice(1));
    const onPrimary = await withClient(
      primaryUrl,
      async (client) => (await client.query("SELECT last_value::text AS v FROM data_version")).rows[0].v,
    );
    expect((await dataVersion()).split(":")[1]).toBe(`${onPrimary}true`);
  });
});
