import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import { parseSearchParams } from "../../lib/search/params";
import type * as Queries from "../../lib/search/queries";
import type * as MapModule from "../../lib/search/map";
import type * as Facets from "../../lib/search/facets";

let queries: typeof Queries;
let map: typeof MapModule;
let facets: typeof Facets;
const params = (qs: string) => parseSearchParams(new URLSearchParams(qs));

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  queries = await import("../../lib/search/queries");
  map = await import("../../lib/search/map");
  facets = await import("../../lib/search/facets");
});

describe("queries with cleaned parameters", () => {
  it("a NUL in the text query or a filter reaches no query (PostgreSQL refused it with 22021)", async () => {
    for (const qs of ["q=a%00b", "status=%00", "q=%00", "status=En%00cours&q=Montr%00eal", "region=%00&country=%00"]) {
      const p = params(qs);
      await expect(queries.searchProjects(p), qs).resolves.toBeDefined();
      await expect(queries.allMatchingProjects(p), qs).resolves.toBeDefined();
      await expect(queries.matchingProjectsWindow(p, 0, 20), qs).resolves.toBeDefined();
      await expect(map.mapPlaces(p), qs).resolves.toBeDefined();
      await expect(facets.facetCounts(p), qs).resolves.toBeDefined();
    }
  });

  it("a NUL inside a word is removed, so the word is still found", async () => {
    const clean = await queries.allMatchingProjects(params("q=Montreal"));
    const withNul = await queries.allMatchingProjects(params("q=Mont%00real"));
    expect(clean.length).toBeGreaterThan(0);
    expect(withNul.map((p) => p.id)).toEqual(clean.map((p) => p.id));
  });

  it("a query over 200 characters is cut, not dropped: it never returns every project", async () => {
    const all = await queries.allMatchingProjects(params(""));
    const long = `Montreal ${"transition ".repeat(40)}`; // 449 characters, every word in the Montréal fiche
    const p = params(new URLSearchParams({ q: long }).toString());
    expect(p.q!.length).toBeLessThanOrEqual(200);
    const found = await queries.allMatchingProjects(p);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all.length);
  });
});

describe("the API's window of matching projects", () => {
  it("pages through the same list as the export, in the same order, with the total", async () => {
    const all = await queries.allMatchingProjects(params(""));
    expect(all.length).toBeGreaterThanOrEqual(3);
    const first = await queries.matchingProjectsWindow(params(""), 0, 2);
    const second = await queries.matchingProjectsWindow(params(""), 2, 2);
    expect(first.total).toBe(all.length);
    expect(first.items).toHaveLength(2);
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual(all.map((p) => p.id).slice(0, 4));
    const past = await queries.matchingProjectsWindow(params(""), 1000, 2);
    expect(past).toEqual({ total: all.length, items: [] });
  });

  it("filters like the full list", async () => {
    const filtered = await queries.allMatchingProjects(params("q=Montreal"));
    const window = await queries.matchingProjectsWindow(params("q=Montreal"), 0, 100);
    expect(window.total).toBe(filtered.length);
    expect(window.items.map((p) => p.id)).toEqual(filtered.map((p) => p.id));
  });
});
