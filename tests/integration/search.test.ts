import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import { parseSearchParams } from "../../lib/search/params";
import type { searchProjects as SearchFn, allMatchingProjects as AllFn } from "../../lib/search/queries";
import type { facetCounts as FacetFn } from "../../lib/search/facets";
import { projectsToCsv, toExportItem } from "../../lib/export/projects";

let searchProjects: typeof SearchFn;
let allMatchingProjects: typeof AllFn;
let facetCounts: typeof FacetFn;
let themeId: (label: string) => Promise<number>;

const search = (qs: string) => searchProjects(parseSearchParams(new URLSearchParams(qs)));
const titles = async (qs: string) => (await search(qs)).items.map((i) => i.title);

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  // lib/search reads DATABASE_URL on first use, as the app does.
  process.env.DATABASE_URL = db.url;
  ({ searchProjects, allMatchingProjects } = await import("../../lib/search/queries"));
  ({ facetCounts } = await import("../../lib/search/facets"));
  themeId = (label) =>
    withClient(db.url, (c) =>
      c.query("SELECT id FROM thematic WHERE level = 1 AND label = $1", [label]).then((r) => r.rows[0].id),
    );
});

describe("full-text search", () => {
  it("finds Montréal without the accent", async () => {
    const found = await titles("q=Montreal");
    expect(found.some((t) => t.startsWith("Repenser la ville en transition"))).toBe(true);
  });

  it("does not return everything for a short common word", async () => {
    const { total } = await search("q=eau");
    expect(total).toBeLessThan(3);
  });

  it("tolerates a misspelt name", async () => {
    const found = await titles("q=Clermond");
    expect(found.some((t) => t.startsWith("Pérennisation du Réseau International des Villes Michelin"))).toBe(true);
  });

  it("returns highlighted snippets", async () => {
    const { items } = await search("q=coopération");
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i) => i.snippet?.includes("\u0001"))).toBe(true);
  });
});

describe("facets", () => {
  it("narrows to the Romans project with the country Tunisia", async () => {
    const found = await titles("country=TN");
    expect(found).toEqual(["Projet d'action internationale de Romans et de ses villes partenaires"]);
  });

  it("counts Economie durable for 3 projects, 2 of them as primary thematic", async () => {
    const id = await themeId("Economie durable");
    const all = await facetCounts(parseSearchParams(new URLSearchParams("")));
    expect(all.thematic.find((t) => t.value === String(id))?.count).toBe(3);
    const primary = await facetCounts(parseSearchParams(new URLSearchParams("primary=1")));
    expect(primary.thematic.find((t) => t.value === String(id))?.count).toBe(2);
    expect((await search(`thematic=${id}`)).total).toBe(3);
    expect((await search(`thematic=${id}&primary=1`)).total).toBe(2);
  });

  it("counts each facet with the other filters but not its own", async () => {
    const facets = await facetCounts(parseSearchParams(new URLSearchParams("country=TN")));
    // The country facet ignores its own filter: other countries stay selectable.
    expect(facets.country.length).toBeGreaterThan(5);
    // Other facets respect it: only the Romans project remains.
    expect(facets.status.reduce((n, s) => n + s.count, 0)).toBe(1);
  });

  it("survives garbage parameters", async () => {
    const params = parseSearchParams(
      new URLSearchParams("year=abc&country[]=x&page=-5&from=zz&sdg=99&thematic=-1&funder=%00"),
    );
    const result = await searchProjects(params);
    expect(result.total).toBe(3);
    // Every bad value is dropped, so the facets are those of the unfiltered atlas.
    expect(await facetCounts(params)).toEqual(await facetCounts(parseSearchParams(new URLSearchParams())));
  });
});

describe("exports", () => {
  it("write one CSV row per filtered project, with readable labels", async () => {
    const hits = await allMatchingProjects(parseSearchParams(new URLSearchParams("q=coopération")));
    const csv = projectsToCsv(hits.map((h) => toExportItem(h, "http://atlas.test")));
    const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(hits.length);
    expect(Object.keys(rows[0])).toContain("Pays partenaires");
    expect(rows.map((r) => r.Page).every((u) => u.startsWith("http://atlas.test/projets/"))).toBe(true);
  });
});
