import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeFiches } from "../../lib/corpus";
import { importFiches } from "../../lib/import/run";
import type { Locale } from "../../lib/i18n/routing";
import { parseSearchParams } from "../../lib/search/params";
import type { allMatchingProjects as AllFn } from "../../lib/search/queries";
import { importPaths, SEEDS_DIR } from "./seeds";
import { freshDatabase, withClient } from "./test-db";

/**
 * Search in English: the English names of a project's thematics and countries are words of its
 * document, English queries read each word in both languages and skip stop words. Seeds, then a
 * small generated corpus (real PostgreSQL).
 */

const MICHELIN = expect.arrayContaining([
  expect.stringMatching(/^Pérennisation du Réseau International des Villes Michelin/),
]);
let allMatchingProjects: typeof AllFn;
let url: string;

const titles = async (qs: string, locale: Locale) =>
  (await allMatchingProjects(parseSearchParams(new URLSearchParams(qs), locale))).map((p) => p.title);

beforeAll(async () => {
  url = (await freshDatabase()).url;
  await importPaths([SEEDS_DIR], { databaseUrl: url });
  const { files } = writeFiches(mkdtempSync(path.join(tmpdir(), "atlas-english-")), "english", 150);
  await importFiches(files, { databaseUrl: url });
  // lib/search reads DATABASE_URL on first use, as the app does.
  process.env.DATABASE_URL = url;
  ({ allMatchingProjects } = await import("../../lib/search/queries"));
}, 300_000);

describe("on the seeds (with a generated corpus beside them)", () => {
  it("finds the Michelin cities project by its thematic's English name", async () => {
    expect(await titles("q=sustainable economy", "en")).toEqual(MICHELIN);
  });

  it("ignores English stop words, and finds countries by their English name", async () => {
    expect(await titles("q=the sustainable economy of", "en")).toEqual(await titles("q=sustainable economy", "en"));
    expect(await titles("q=Tunisia", "en")).toContain(
      "Projet d'action internationale de Romans et de ses villes partenaires",
    );
    expect(new Set(await titles("q=Tunisia", "en"))).toEqual(new Set(await titles("q=Tunisie", "fr")));
    expect(await titles("q=Germany", "en")).toEqual(MICHELIN);
  });

  it("still finds French words and names in English", async () => {
    expect(await titles("q=Montreal", "en")).toEqual(await titles("q=Montreal", "fr"));
    expect(await titles("q=Clermond", "en")).toEqual(MICHELIN);
  });

  it("reads French queries in French only: English stop words are required words there", async () => {
    expect(await titles("q=the sustainable economy", "fr")).toEqual([]);
  });

  it("re-imports idempotently, and a re-import restores labels a project lacks", async () => {
    const again = await importPaths([SEEDS_DIR], { databaseUrl: url });
    expect(again.imported + again.updated).toBe(0);
    await withClient(url, (c) =>
      c.query("UPDATE project SET search_labels = '', search_labels_en = '' WHERE title LIKE 'Pérennisation%'"),
    );
    expect(await titles("q=sustainable economy", "en")).not.toEqual(MICHELIN);
    const repaired = await importPaths([SEEDS_DIR], { databaseUrl: url });
    expect(repaired.updated).toBe(1);
    expect(await titles("q=sustainable economy", "en")).toEqual(MICHELIN);
    expect((await importPaths([SEEDS_DIR], { databaseUrl: url })).updated).toBe(0);
  });
});

describe("on a generated corpus", () => {
  it("finds every project filed under « Eau et assainissement » with q=water", async () => {
    const { rows } = await withClient(url, (c) =>
      c.query<{ title: string; water: boolean }>(
        `SELECT p.title, EXISTS (SELECT 1 FROM thematic t WHERE t.id = ANY(p.theme_ids) AND t.label = 'Eau et assainissement') AS water
         FROM project p WHERE p.search_labels_en ~* '\\mwater'`,
      ),
    );
    const underWater = rows.filter((r) => r.water).map((r) => r.title);
    expect(underWater.length).toBeGreaterThan(3);
    const found = await titles("q=water", "en");
    expect(new Set(found)).toEqual(new Set(rows.map((r) => r.title)));
    expect(found).toEqual(expect.arrayContaining(underWater));
    expect(await titles("q=water", "fr")).toEqual([]);
  });
});
