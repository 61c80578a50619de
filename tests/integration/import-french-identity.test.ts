import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

/**
 * One French body named differently by different fiches is one collectivité, found by its
 * official code. Each body is named once one way and twice another way: both spellings stay
 * on the projects' partner rows and the second is the name shown.
 */
const BODIES = [
  { kind: "region", code: "76", rare: "Occitanie", usual: "Région Occitanie" },
  { kind: "departement", code: "59", rare: "Nord", usual: "Département du Nord" },
  { kind: "commune", code: "69123", rare: "Lyon (69)", usual: "Ville de Lyon" },
  { kind: "epci", code: "200046977", rare: "Grand Lyon", usual: "Métropole de Lyon" },
];

const SEED_PARTNER = "Romans sur Isère commun.ico.loupe.alter";
const SEED_TITLE = "Projet d'action internationale de Romans et de ses villes partenaires";

function fichesNamingBodiesTwoWays(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-french-identity-"));
  const seed = readFileSync(path.join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith("002_"))!), "utf8");
  expect(seed).toContain(SEED_PARTNER);
  BODIES.forEach((body, b) => [body.rare, body.usual, body.usual].forEach((name, i) => {
    const text = seed.replace(SEED_TITLE, `Projet ${b}-${i} avec ${name}`).replace(SEED_PARTNER, `${name} commun.ico.loupe.alter`);
    writeFileSync(path.join(dir, `${b}-${i}.txt`), text);
  }));
  return dir;
}

describe("French collectivités named several ways", () => {
  it("are one collectivité per official code, with every project and spelling, shown under the most frequent spelling", async () => {
    const db = await freshDatabase();
    const summary = await importPaths([fichesNamingBodiesTwoWays()], { databaseUrl: db.url, concurrency: 2 });
    expect(summary).toMatchObject({ imported: BODIES.length * 3 });
    await withClient(db.url, async (c) => {
      const { rows } = await c.query(
        `SELECT c.id, c.kind, c.official_code, c.display_name, c.slug,
                array_agg(DISTINCT pp.name_as_written ORDER BY pp.name_as_written) AS spellings,
                count(DISTINCT pp.project_id)::int AS projects,
                (SELECT count(*)::int FROM project p WHERE c.id = ANY(p.french_ids)) AS facet_projects
           FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
          WHERE c.side = 'french' GROUP BY c.id ORDER BY c.kind`);
      expect(rows.map((r) => [r.kind, r.official_code])).toEqual(
        BODIES.map((b) => [b.kind, b.code]).sort(([a], [b]) => (a < b ? -1 : 1)));
      for (const body of BODIES) {
        const row = rows.find((r) => r.official_code === body.code)!;
        expect(row).toMatchObject({ display_name: body.usual, projects: 3, facet_projects: 3 });
        expect(row.spellings).toEqual([body.rare, body.usual].sort());
      }
    });
  }, 180_000);
});
