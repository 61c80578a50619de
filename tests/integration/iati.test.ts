import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import { activitiesOf, narrativeText, schemaErrors, type Activity } from "./iati-xml";
import { parseSearchParams } from "../../lib/search/params";

let xml: string;
let activities: Activity[];
let romans: Activity;
let projectCount: number;
const listOf = (a: Activity, name: string): Activity[] => a[name] ?? [];
const ORIGIN = "https://atlas.example.org";

async function exportXml(qs: string): Promise<string> {
  const { iatiProjects } = await import("../../lib/iati/load");
  const { iatiDocument } = await import("../../lib/iati/document");
  return iatiDocument(await iatiProjects(parseSearchParams(new URLSearchParams(qs))), "XI-TEST", ORIGIN);
}

const byRole = (a: Activity, role: string) => a["participating-org"].filter((o: Activity) => o["@role"] === role);

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  xml = await exportXml("");
  const { allMatchingProjects } = await import("../../lib/search/queries");
  projectCount = (await allMatchingProjects(parseSearchParams(new URLSearchParams("")))).length;
  activities = activitiesOf(xml);
  const found = activities.find((a) => narrativeText(a.title).startsWith("Projet d'action internationale de Romans"));
  if (!found) throw new Error("no Romans activity in the export");
  romans = found;
}, 120_000);

describe("IATI export of the seeds", () => {
  it("validates against the official IATI 2.03 schema, one activity per project", () => {
    expect(schemaErrors(xml)).toBe("");
    expect(xml).toContain('version="2.03"');
    expect(activities).toHaveLength(projectCount);
    expect(projectCount).toBeGreaterThan(2);
  });

  it("follows the search filters, like the CSV export", async () => {
    const filtered = activitiesOf(await exportXml("country=TN"));
    expect(filtered.map((a) => narrativeText(a.title))).toEqual([narrativeText(romans.title)]);
  });

  it("reports as a secondary reporter, identifiers built from the org id and the slug", () => {
    for (const a of activities) {
      expect(a["reporting-org"]["@secondary-reporter"]).toBe("1");
      expect(a["reporting-org"]["@ref"]).toBe("XI-TEST");
      expect(a["iati-identifier"]).toMatch(/^XI-TEST-[a-z0-9-]+$/);
    }
    expect(new Set(activities.map((a) => a["iati-identifier"])).size).toBe(activities.length);
  });

  it("writes titles and descriptions in French", () => {
    expect(romans.title.narrative[0]["@xml:lang"]).toBe("fr");
    expect(romans.description.narrative[0]["@xml:lang"]).toBe("fr");
  });

  it("puts Romans-sur-Isère as the extending local government, the Ministry as funder, foreign partners as implementers", () => {
    const extending = byRole(romans, "3");
    expect(extending).toHaveLength(1);
    expect(extending[0]["@type"]).toBe("11");
    expect(narrativeText(extending[0])).toMatch(/Romans/);
    expect(byRole(romans, "1").some((o: Activity) => o["@ref"] === "FR-3")).toBe(true);
    const implementing = byRole(romans, "4").map(narrativeText);
    expect(implementing.some((name: string) => /Tunisie/.test(name))).toBe(true);
  });

  it("gives each activity a status 2 or 4 and a start date on 1 January with its precision", () => {
    for (const a of activities) expect(["2", "4"]).toContain(a["activity-status"]["@code"]);
    const start = romans["activity-date"].find((d: Activity) => d["@type"] === "2");
    expect(start["@iso-date"]).toMatch(/^\d{4}-01-01$/);
    expect(narrativeText(start)).toMatch(/Précision/);
  });

  it("lists TN among Romans' recipient countries, shares summing to 100 in every activity", () => {
    expect(romans["recipient-country"].map((c: Activity) => c["@code"])).toContain("TN");
    for (const a of activities) {
      const shares = listOf(a, "recipient-country").map((c: Activity) => Number(c["@percentage"]));
      if (shares.length) expect(shares.reduce((x: number, y: number) => x + y, 0)).toBe(100);
    }
  });

  it("gives Romans one EUR budget per funded year, from 1 January to 31 December", () => {
    const years = listOf(romans, "budget").map((b: Activity) => b["period-start"]["@iso-date"].slice(0, 4));
    expect(years.length).toBeGreaterThan(0);
    expect(new Set(years).size).toBe(years.length);
    for (const b of listOf(romans, "budget")) {
      const year = b["period-start"]["@iso-date"].slice(0, 4);
      expect(b["period-end"]["@iso-date"]).toBe(`${year}-12-31`);
      expect(b.value["@currency"]).toBe("EUR");
      expect(b.value["@value-date"]).toBe(`${year}-01-01`);
      expect(Number(b.value["#text"])).toBeGreaterThan(0);
    }
  });

  it("maps thematics to vocabulary 99 (DAC codes where crossed, each vocabulary summing to 100), partner cities to located places", () => {
    const all = activities.flatMap((a) => listOf(a, "sector"));
    expect(all.some((s: Activity) => s["@vocabulary"] === "99")).toBe(true);
    for (const a of activities) {
      for (const vocabulary of ["99", "1"]) {
        const shares = listOf(a, "sector")
          .filter((s: Activity) => s["@vocabulary"] === vocabulary)
          .map((s: Activity) => Number(s["@percentage"]));
        if (shares.length) expect(shares.reduce((x: number, y: number) => x + y, 0)).toBe(100);
      }
    }
    const places = activities.flatMap((a) => listOf(a, "location"));
    expect(places.length).toBeGreaterThan(0);
    for (const l of places) {
      expect(l.point.pos).toMatch(/^-?\d+(\.\d+)? -?\d+(\.\d+)?$/);
      expect(["1", "2"]).toContain(l.exactness["@code"]);
    }
  });

  it("links documents to the project page", () => {
    const links = activities.flatMap((a) => listOf(a, "document-link"));
    for (const d of links) expect(d["@url"]).toMatch(new RegExp(`^${ORIGIN}/projets/.+#documents$`));
  });
});
