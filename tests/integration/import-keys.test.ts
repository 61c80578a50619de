import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

/**
 * Shared records are identified by their folded spelling: a second spelling of a name must
 * meet the first record, never fail on a unique key (slug, path) derived from the same name.
 */
const seedText = (prefix: string) =>
  readFileSync(path.join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!), "utf8");
const SEED_002_TITLE = "Projet d'action internationale de Romans et de ses villes partenaires";

/** Seed 002 and another project written like it with `edit`, imported in that order. */
async function importWithVariant(edit: (text: string) => string) {
  const db = await freshDatabase();
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-keys-"));
  const seed = seedText("002_");
  writeFileSync(path.join(dir, "a.txt"), seed);
  writeFileSync(path.join(dir, "b.txt"), edit(seed.replace(SEED_002_TITLE, "Un autre projet à Tunis")));
  return { db, summary: await importPaths([dir], { databaseUrl: db.url, concurrency: 1 }) };
}

describe("two spellings of one shared record", () => {
  it("an embassy post spelled in capitals without accents, then in ordinary French, is one post", async () => {
    const { db, summary } = await importWithVariant((t) =>
      t.replace('"AMBASSADE DE FRANCE A TUNIS"', '"Ambassade de France à Tunis"'),
    );
    expect(summary.rejected).toEqual([]);
    expect(summary.imported).toBe(2);
    await withClient(db.url, async (c) => {
      const posts = await c.query("SELECT id, name, slug FROM embassy_post");
      expect(posts.rows).toEqual([
        { id: posts.rows[0].id, name: "Ambassade de France à Tunis", slug: "ambassade-de-france-a-tunis" },
      ]);
      const links = await c.query(
        "SELECT count(DISTINCT project_id)::int AS n FROM project_embassy_post WHERE post_id = $1",
        [posts.rows[0].id],
      );
      expect(links.rows[0].n).toBe(2);
      const contacts = await c.query("SELECT count(*)::int AS n FROM embassy_contact WHERE post_id = $1", [
        posts.rows[0].id,
      ]);
      expect(contacts.rows[0].n).toBeGreaterThanOrEqual(2);
    });
  });

  it("a thematic written in capitals is the same node of the tree", async () => {
    const { db, summary } = await importWithVariant((t) =>
      t
        .replace(/^Economie durable$/m, "ÉCONOMIE DURABLE")
        .replace(/^Attractivité des territoires$/m, "attractivite des territoires"),
    );
    expect(summary.imported).toBe(2);
    await withClient(db.url, async (c) => {
      const themes = await c.query("SELECT label FROM thematic WHERE level = 1");
      expect(themes.rows).toEqual([{ label: "Economie durable" }]);
      const subs = await c.query("SELECT count(*)::int AS n FROM thematic WHERE level = 2");
      expect(subs.rows[0].n).toBe(1);
      const facets = await c.query("SELECT DISTINCT theme_ids FROM project");
      expect(facets.rows).toHaveLength(1);
    });
  });

  it("two partners of one fiche whose names differ only by a comma get two records with distinct slugs", async () => {
    const { db, summary } = await importWithVariant((t) =>
      t.replace(
        "El Jem Tunisie commun.ico.loupe.alter",
        [
          "El Jem Tunisie commun.ico.loupe.alter",
          "Ville de Sousse, Médina Tunisie commun.ico.loupe.alter",
          "Ville de Sousse Médina Tunisie commun.ico.loupe.alter",
        ].join("\n"),
      ),
    );
    expect(summary.rejected).toEqual([]);
    await withClient(db.url, async (c) => {
      const sousse = await c.query("SELECT slug FROM collectivite WHERE name_key LIKE '%sousse%' ORDER BY slug");
      expect(sousse.rows).toHaveLength(2);
      expect(new Set(sousse.rows.map((r) => r.slug)).size).toBe(2);
    });
  });

  it("a project whose slug another project already holds gets a longer one instead of failing", async () => {
    const db = await freshDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-keys-"));
    writeFileSync(path.join(dir, "a.txt"), seedText("002_"));
    await importPaths([dir], { databaseUrl: db.url });
    // As if another fiche with the same title had drawn the same first characters of identity.
    const {
      rows: [held],
    } = await withClient(db.url, (c) => c.query("UPDATE project SET identity_key = 'another' RETURNING slug"));
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary).toMatchObject({ imported: 1, rejected: [] });
    const slugs = await withClient(db.url, (c) => c.query("SELECT slug FROM project ORDER BY length(slug)"));
    expect(slugs.rows.map((r) => r.slug)).toEqual([
      held.slug,
      expect.stringMatching(new RegExp(`^${held.slug}[0-9a-f]{6}$`)),
    ]);
  });
});
