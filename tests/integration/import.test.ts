import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { haversineKm } from "../../lib/geo";
import { freshDatabase, withClient } from "./test-db";
import { copySeeds, importPaths, SEEDS_DIR } from "./seeds";

const TABLES = [
  "project",
  "collectivite",
  "project_partner",
  "partner_contact",
  "funding",
  "funder",
  "thematic",
  "project_thematic",
  "embassy_post",
  "embassy_contact",
  "project_embassy_post",
  "document",
  "volunteer",
  "country",
  "sdg",
  "project_sdg",
];

async function rowCounts(url: string) {
  return withClient(url, async (c) => {
    const counts: Record<string, number> = {};
    for (const t of TABLES) counts[t] = Number((await c.query(`SELECT count(*) FROM "${t}"`)).rows[0].count);
    return counts;
  });
}

describe("importing the seeds", () => {
  it("gives 3 projects, 33 foreign and 3 French collectivités, the funding rows, and rejects the two non-fiches", async () => {
    const db = await freshDatabase();
    const summary = await importPaths([SEEDS_DIR], { databaseUrl: db.url });
    expect(summary.imported).toBe(3);
    expect(summary.rejected.map((r) => path.basename(r.file)).sort()).toEqual([
      readdirSync(SEEDS_DIR).find((f) => f.startsWith("003_")),
      readdirSync(SEEDS_DIR).find((f) => f.startsWith("004_")),
    ]);
    for (const r of summary.rejected) expect(r.reason).toMatch(/not an Atlas fiche|pas une fiche/i);

    await withClient(db.url, async (c) => {
      const sides = await c.query("SELECT side, count(*)::int AS n FROM collectivite GROUP BY side ORDER BY side");
      expect(sides.rows).toEqual([
        { side: "foreign", n: 33 },
        { side: "french", n: 3 },
      ]);
      const french = await c.query(
        "SELECT official_code FROM collectivite WHERE side = 'french' ORDER BY official_code",
      );
      expect(french.rows.map((r) => r.official_code)).toEqual(["26281", "63113", "67482"]);
      const names = await c.query("SELECT display_name FROM collectivite");
      expect(names.rows.map((r) => r.display_name)).not.toContain("Eurométropole de Strasbourg");

      const borough = await c.query(
        "SELECT display_name, precision, lat, lon FROM collectivite WHERE display_name LIKE '%Rosemont%'",
      );
      expect(borough.rows).toHaveLength(1);
      expect(borough.rows[0].precision).toBe("city-part");
      expect(haversineKm(borough.rows[0].lat, borough.rows[0].lon, 45.5088, -73.5878)).toBeLessThan(25);
      const montreal = await c.query("SELECT count(*)::int AS n FROM collectivite WHERE display_name = 'Montréal'");
      expect(montreal.rows[0].n).toBe(1);

      const funding = await c.query(
        "SELECT count(*)::int AS n FROM funding f JOIN project p ON p.id = f.project_id GROUP BY p.id ORDER BY n",
      );
      expect(funding.rows.map((r) => r.n)).toEqual([6, 6, 29]);

      const raw = await c.query("SELECT raw_source, checksum, source_file FROM project");
      for (const row of raw.rows) expect(row.raw_source).toBe(readFileSync(row.source_file, "utf8"));

      // Michelin towns, the partners of Clermont-Ferrand, are in South Carolina, not in the more populous homonyms.
      const sc = await c.query(
        "SELECT display_name, lat, lon FROM collectivite WHERE display_name IN ('Greenville', 'Anderson', 'Lexington')",
      );
      const expected: Record<string, [number, number]> = {
        Greenville: [34.8526, -82.394],
        Anderson: [34.5034, -82.6501],
        Lexington: [33.9815, -81.2362],
      };
      expect(sc.rows).toHaveLength(3);
      for (const row of sc.rows) expect(haversineKm(row.lat, row.lon, ...expected[row.display_name])).toBeLessThan(25);
    });
  });

  it("writes the same rows whether fiches are read in worker threads or in the importer's thread", async () => {
    const [inWorkers, inThread] = [await freshDatabase(), await freshDatabase()];
    const a = await importPaths([SEEDS_DIR], { databaseUrl: inWorkers.url, threads: 2 });
    const b = await importPaths([SEEDS_DIR], { databaseUrl: inThread.url, threads: 0 });
    expect(a).toEqual(b);
    expect(await rowCounts(inWorkers.url)).toEqual(await rowCounts(inThread.url));
    // Row ids depend on which connection wrote first: compare the content.
    const projects = (url: string) =>
      withClient(url, (c) =>
        c
          .query(
            "SELECT slug, identity_key, checksum, search::text, country_codes, funder_kinds, sdg_goals FROM project ORDER BY slug",
          )
          .then((r) => r.rows),
      );
    expect(await projects(inWorkers.url)).toEqual(await projects(inThread.url));
    const places = (url: string) =>
      withClient(url, (c) =>
        c
          .query(
            "SELECT name_key, country_code, display_name, lat, lon, precision FROM collectivite ORDER BY name_key, country_code",
          )
          .then((r) => r.rows),
      );
    expect(await places(inWorkers.url)).toEqual(await places(inThread.url));
  });

  it("is idempotent: a second import reports everything unchanged and changes no row count", async () => {
    const db = await freshDatabase();
    await importPaths([SEEDS_DIR], { databaseUrl: db.url });
    const before = await rowCounts(db.url);
    const again = await importPaths([SEEDS_DIR], { databaseUrl: db.url });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect(await rowCounts(db.url)).toEqual(before);
  });

  it("reports exactly one update when one funding amount changes, without duplicating rows", async () => {
    const db = await freshDatabase();
    const dir = copySeeds();
    await importPaths([dir], { databaseUrl: db.url });
    const before = await rowCounts(db.url);
    const file = path.join(dir, readdirSync(dir).find((f) => f.startsWith("000_"))!);
    writeFileSync(file, readFileSync(file, "utf8").replace("Strasbourg 26144 2021", "Strasbourg 27000 2021"));
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary).toMatchObject({ imported: 0, updated: 1, unchanged: 2 });
    expect(await rowCounts(db.url)).toEqual(before);
    const amount = await withClient(db.url, (c) =>
      c.query(
        "SELECT amount_eur FROM funding f JOIN funder fu ON fu.id = f.funder_id WHERE fu.name = 'Strasbourg' AND f.year = 2021",
      ),
    );
    expect(amount.rows.map((r) => Number(r.amount_eur))).toEqual([27000]);
  });

  it("leaves no partial project when a fiche's transaction fails, and a re-run converges", async () => {
    const db = await freshDatabase();
    const summary = await importPaths([SEEDS_DIR], {
      databaseUrl: db.url,
      beforeCommit: (_file, index) => {
        if (index === 2) throw new Error("coupure simulée");
      },
    });
    expect(summary.imported).toBe(2);
    expect(summary.rejected.some((r) => r.reason.includes("coupure simulée"))).toBe(true);
    await withClient(db.url, async (c) => {
      const orphans = await c.query(
        `SELECT (SELECT count(*) FROM funding WHERE project_id NOT IN (SELECT id FROM project))::int +
                (SELECT count(*) FROM project_partner WHERE project_id NOT IN (SELECT id FROM project))::int AS n`,
      );
      expect(orphans.rows[0].n).toBe(0);
      expect((await c.query("SELECT count(*)::int AS n FROM project")).rows[0].n).toBe(2);
    });
    const rerun = await importPaths([SEEDS_DIR], { databaseUrl: db.url });
    expect(rerun).toMatchObject({ imported: 1, unchanged: 2 });
    const fresh = await freshDatabase();
    await importPaths([SEEDS_DIR], { databaseUrl: fresh.url });
    expect(await rowCounts(db.url)).toEqual(await rowCounts(fresh.url));
  });

  it("merges spelling variants of one collectivité across fiches into one record", async () => {
    const db = await freshDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-variants-"));
    const seed = readFileSync(path.join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith("002_"))!), "utf8");
    writeFileSync(path.join(dir, "a.txt"), seed);
    writeFileSync(
      path.join(dir, "b.txt"),
      seed
        .replace("Projet d'action internationale de Romans et de ses villes partenaires", "Un autre projet avec El Jem")
        .replaceAll("El Jem Tunisie", "Ville d'EL-JEM Tunisie")
        .replaceAll("El Jem AKROUT", "Ville d'EL-JEM AKROUT"),
    );
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary.imported).toBe(2);
    await withClient(db.url, async (c) => {
      const rows = await c.query("SELECT id, display_name FROM collectivite WHERE side = 'foreign'");
      expect(rows.rows).toHaveLength(1);
      const links = await c.query(
        "SELECT count(DISTINCT project_id)::int AS n FROM project_partner WHERE collectivite_id = $1",
        [rows.rows[0].id],
      );
      expect(links.rows[0].n).toBe(2);
    });
  });
});
