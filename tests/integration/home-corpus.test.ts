import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { writeFiches } from "@/lib/corpus";
import { importFiches } from "@/lib/import/run";
import { atlasFigureList } from "../../components/home/figures";
import { freshDatabase } from "./test-db";
import { expectFiguresMatchTheirLinks } from "./home-figures";

const FICHES = 200;

beforeAll(async () => {
  const { url } = await freshDatabase();
  const { files } = writeFiches(mkdtempSync(path.join(tmpdir(), "atlas-home-")), "home", FICHES);
  const summary = await importFiches(files, { databaseUrl: url });
  expect(summary.imported).toBeGreaterThan(FICHES * 0.9);
  process.env.DATABASE_URL = url;
}, 300_000);

it("on ~200 generated fiches, each home figure equals the total of the search or page it links to", async () => {
  const home = await import("../../lib/page-data/home");
  const data = await home.homePageData();
  expect(data.figures.projects).toBeGreaterThan(FICHES * 0.9);
  expect(data.statuses.length).toBeGreaterThanOrEqual(2);
  expect(data.countries.length).toBeGreaterThan(5);
  const figures = atlasFigureList(data.figures, data.statuses, data.countries);
  await expectFiguresMatchTheirLinks(figures);
  const { parseSearchParams } = await import("../../lib/search/params");
  const { searchProjects } = await import("../../lib/search/queries");
  for (const t of data.thematics)
    expect(t.projects, t.label).toBe((await searchProjects(parseSearchParams({ thematic: String(t.id) }))).total);
  // The country list beside the map agrees with the search's country filter.
  for (const c of data.countries.slice(0, 5))
    expect(c.projects, c.code).toBe((await searchProjects(parseSearchParams({ country: c.code }))).total);
}, 120_000);
