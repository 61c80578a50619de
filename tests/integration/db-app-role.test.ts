import { afterAll, describe, expect, inject, it } from "vitest";
import { randomBytes } from "node:crypto";
import { APP_ROLE, ensureAppDatabase } from "../../lib/db/app-role";
import { migrate } from "../../lib/db/migrate";
import { databasesOn } from "../../lib/db/scratch";
import { withClient } from "./test-db";

const superuser = databasesOn(inject("serverUrl"));
const created: string[] = [];
const password = randomBytes(12).toString("base64url");

function newName(): string {
  const name = `atlas_role_${randomBytes(4).toString("hex")}`;
  created.push(name);
  return name;
}

afterAll(async () => {
  await withClient(superuser("postgres"), async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

async function whoAmI(url: string) {
  return withClient(
    url,
    async (c) =>
      (
        await c.query(
          "SELECT current_user AS name, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user",
        )
      ).rows[0],
  );
}

async function foreignOwnedObjects(url: string): Promise<string[]> {
  return withClient(url, async (c) =>
    (
      await c.query(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S', 'v') AND pg_get_userbyid(c.relowner) <> $1`,
        [APP_ROLE],
      )
    ).rows.map((r) => r.relname),
  );
}

describe("the app's database role", () => {
  it("is no superuser, yet migrates a new database and reads and writes its tables", async () => {
    const url = await ensureAppDatabase(superuser, newName(), password);
    expect(await whoAmI(url)).toEqual({ name: APP_ROLE, rolsuper: false, rolcreatedb: false, rolcreaterole: false });
    expect((await migrate(url)).applied.length).toBeGreaterThan(0);
    expect(await foreignOwnedObjects(url)).toEqual([]);
    await withClient(url, async (c) => {
      await c.query(`INSERT INTO country (code, name_fr) VALUES ('IT', 'Italie')`);
      expect((await c.query("SELECT name_fr FROM country")).rows).toEqual([{ name_fr: "Italie" }]);
      const fold = await c.query(
        "SELECT to_tsvector('atlas_fr', 'Coopération') @@ plainto_tsquery('atlas_fr', 'cooperation') AS ok",
      );
      expect(fold.rows[0].ok).toBe(true);
      await expect(c.query(`CREATE DATABASE "${newName()}"`)).rejects.toThrow(/permission denied/);
      await expect(c.query("CREATE ROLE intruder")).rejects.toThrow(/permission denied/);
      await expect(c.query("SELECT pg_read_file('/etc/passwd')")).rejects.toThrow(/permission denied/);
    });
  });

  it("takes over the tables an earlier version created as superuser", async () => {
    const name = newName();
    await withClient(superuser("postgres"), (c) => c.query(`CREATE DATABASE "${name}"`));
    await migrate(superuser(name)); // how `npm start` set up the database before the app role
    expect((await foreignOwnedObjects(superuser(name))).length).toBeGreaterThan(0);
    const url = await ensureAppDatabase(superuser, name, password);
    expect(await foreignOwnedObjects(url)).toEqual([]);
    expect((await migrate(url)).applied).toEqual([]);
    await withClient(url, async (c) => {
      await c.query(`INSERT INTO country (code, name_fr) VALUES ('SN', 'Sénégal')`);
      await c.query("SELECT nextval('data_version')");
      await c.query("TRUNCATE country");
    });
  });
});
