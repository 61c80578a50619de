import { beforeAll, describe, expect, it } from "vitest";
import type * as Home from "../../lib/page-data/home";
import { atlasFigureList } from "../../components/home/figures";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import { expectFiguresMatchTheirLinks } from "./home-figures";

let home: typeof Home;
let dbUrl: string;

beforeAll(async () => {
  const db = await freshDatabase();
  dbUrl = db.url;
  process.env.DATABASE_URL = db.url;
  home = await import("../../lib/page-data/home");
  // Before any import: the page must show an empty atlas, not fail.
  const empty = await home.homePageData();
  expect(empty.figures).toMatchObject({
    projects: 0,
    frenchCollectivites: 0,
    foreignCollectivites: 0,
    fundingTotal: 0,
    lastImport: null,
  });
  expect(empty.countries).toEqual([]);
  expect(empty.recent).toEqual([]);
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
});

describe("home page data on the seeds", () => {
  it("counts the 3 seed projects and dates the last import", async () => {
    const data = await home.homePageData();
    expect(data.figures.projects).toBe(3);
    const { latest } = await withClient(dbUrl, (c) =>
      c.query("SELECT max(updated_at) AS latest FROM project").then((r) => r.rows[0]),
    );
    expect(data.figures.lastImport).toEqual(latest);
    expect(data.statuses.reduce((s, x) => s + x.count, 0)).toBeLessThanOrEqual(3);
    expect(data.countries.map((c) => c.code)).toContain("TN");
    expect(data.recent).toHaveLength(3);
  });

  it("each figure equals the total of the search or page it links to", async () => {
    const data = await home.homePageData();
    const figures = atlasFigureList(data.figures, data.statuses, data.countries);
    expect(figures.map((f) => f.kind)).toEqual(
      expect.arrayContaining(["projects", "french", "foreign", "countries", "funding"]),
    );
    await expectFiguresMatchTheirLinks(figures);
  });

  it("each top thematic's count is the total of /projets?thematic=<id>", async () => {
    const { parseSearchParams } = await import("../../lib/search/params");
    const { searchProjects } = await import("../../lib/search/queries");
    const { thematics } = await home.homePageData();
    expect(thematics.length).toBeGreaterThan(0);
    for (const t of thematics)
      expect(t.projects, t.label).toBe((await searchProjects(parseSearchParams({ thematic: String(t.id) }))).total);
  });

  it("finds a collectivité by a misspelt or unaccented name, and nothing for gibberish", async () => {
    expect(await home.collectiviteByName("strasbourg")).toMatchObject({ name: expect.stringMatching(/Strasbourg/) });
    expect(await home.collectiviteByName("Montreal")).toMatchObject({ name: expect.stringMatching(/Montr[ée]al/) });
    expect(await home.collectiviteByName("zzqxw")).toBeNull();
    const suggestions = await home.collectiviteSuggestions(40);
    expect(suggestions.length).toBeGreaterThan(0);
  });

  it("is computed once per data version: a new import is seen, the same version is cached", async () => {
    const first = await home.homePageData();
    expect(await home.homePageData()).toBe(first);
    await withClient(dbUrl, (c) => c.query("SELECT nextval('data_version')"));
    expect(await home.homePageData()).not.toBe(first);
  });
});
