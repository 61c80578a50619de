import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../../lib/db/migrate";
import { freshDatabase, withClient } from "./test-db";
import { importPaths } from "./seeds";
import { BODIES, fichesNamingBodiesTwoWays, frenchCollectivites } from "./french-spellings";

const MERGE_MIGRATION = "20261202000000_french_collectivites_by_official_code";

/** The migrations before the merge, as a database written by the earlier importer has them. */
function migrationsBeforeMerge(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-migrations-"));
  cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
  rmSync(path.join(dir, MERGE_MIGRATION), { recursive: true });
  return dir;
}

/**
 * The data the earlier importer left: one record per folded spelling. Each body's rare spelling
 * is moved to a second record of the same kind and code, and a fuzzy guess of the same région
 * is added (a former region's name), which must stay apart.
 */
const SPLIT_BY_SPELLING = `
  CREATE TEMP TABLE split AS
    SELECT c.id AS kept, (SELECT pp.name_as_written FROM project_partner pp WHERE pp.collectivite_id = c.id
                          GROUP BY 1 ORDER BY count(*) LIMIT 1) AS rare
      FROM collectivite c WHERE c.side = 'french';
  INSERT INTO collectivite (slug, name_key, country_code, country_label, display_name, side, kind, official_code,
      departement_code, region_code, region_name, lat, lon, precision)
    SELECT c.slug || '-ancien', 'ancien ' || s.rare, 'FR', 'France', s.rare, 'french', c.kind, c.official_code,
      c.departement_code, c.region_code, c.region_name, c.lat, c.lon, c.precision
    FROM split s JOIN collectivite c ON c.id = s.kept;
  UPDATE project_partner pp SET collectivite_id = d.id FROM collectivite d
    WHERE d.name_key = 'ancien ' || pp.name_as_written AND pp.role = 'french';
  UPDATE collectivite SET name_key = 'ancien ' || id, display_name = 'Nom périmé' WHERE id IN (SELECT kept FROM split);
  INSERT INTO collectivite (slug, name_key, country_code, display_name, side, kind, official_code, precision)
    VALUES ('midi-pyrenees-fr', 'region midi pyrenees', 'FR', 'Région Midi-Pyrénées', 'french', 'region', '76', 'fuzzy');
  INSERT INTO project_partner (project_id, collectivite_id, role, position, name_as_written)
    SELECT pp.project_id, (SELECT id FROM collectivite WHERE slug = 'midi-pyrenees-fr'), 'french', 1, 'Région Midi-Pyrénées'
      FROM project_partner pp WHERE pp.name_as_written = 'Occitanie';
  UPDATE project p SET french_ids = (SELECT french_ids FROM atlas_project_facets(p.id));`;

describe("the migration to one French collectivité per official code", () => {
  it("merges the records of one body, keeping every project, spelling and the survivor's slug", async () => {
    const db = await freshDatabase({ migrated: false });
    await migrate(db.url, migrationsBeforeMerge());
    const fiches = fichesNamingBodiesTwoWays();
    await importPaths([fiches], { databaseUrl: db.url, concurrency: 1 });
    const before = await withClient(db.url, async (c) => {
      await c.query(SPLIT_BY_SPELLING);
      return frenchCollectivites(c);
    });
    expect(before).toHaveLength(BODIES.length * 2 + 1);

    expect((await migrate(db.url)).applied).toEqual([MERGE_MIGRATION]);
    const after = await withClient(db.url, frenchCollectivites);
    expect(after).toHaveLength(BODIES.length + 1);
    for (const body of BODIES) {
      const row = after.find((r) => r.name_key === `${body.kind}:${body.code}`)!;
      const kept = before.find((r) => r.official_code === body.code && r.display_name === "Nom périmé")!;
      expect(row).toMatchObject({
        id: kept.id,
        slug: kept.slug,
        display_name: body.usual,
        projects: 3,
        facet_projects: 3,
      });
      expect(row.spellings).toEqual([body.rare, body.usual].sort());
    }
    expect(after.find((r) => r.slug === "midi-pyrenees-fr")).toMatchObject({
      name_key: "region midi pyrenees",
      projects: 1,
      facet_projects: 1,
    });

    // The importer then meets the merged record under a third spelling.
    const text = readFileSync(path.join(fiches, "0-1.txt"), "utf8").replaceAll(
      "Région Occitanie",
      "Conseil régional d'Occitanie",
    );
    writeFileSync(path.join(fiches, "0-3.txt"), text);
    expect(await importPaths([fiches], { databaseUrl: db.url })).toMatchObject({ imported: 1 });
    const region = (await withClient(db.url, frenchCollectivites)).find((r) => r.name_key === "region:76")!;
    expect(region).toMatchObject({ projects: 4, facet_projects: 4, display_name: "Région Occitanie" });
  }, 240_000);
});
