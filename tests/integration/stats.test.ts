import { beforeAll, describe, expect, it } from "vitest";
import type * as Stats from "../../lib/page-data/statistics";
import type * as Country from "../../lib/page-data/country";
import type * as Collectivite from "../../lib/page-data/collectivite";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

let stats: typeof Stats;
let country: typeof Country;
let collectivite: typeof Collectivite;
let dbUrl: string;

const one = <T>(text: string, values: unknown[] = []) =>
  withClient(dbUrl, (c) => c.query(text, values).then((r) => r.rows[0] as T));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  dbUrl = db.url;
  process.env.DATABASE_URL = db.url;
  stats = await import("../../lib/page-data/statistics");
  country = await import("../../lib/page-data/country");
  collectivite = await import("../../lib/page-data/collectivite");
});

describe("statistics totals equal the imported funding rows", () => {
  it("overall total, by year and kind, and by kind all sum to SUM(amount_eur)", async () => {
    const { total, rows } = await one<{ total: string; rows: number }>(
      "SELECT sum(amount_eur)::text AS total, count(*)::int AS rows FROM funding",
    );
    expect(Number(total)).toBeGreaterThan(0);
    const totals = await stats.statsTotals();
    expect(totals.fundingTotal).toBeCloseTo(Number(total), 2);
    expect(totals.fundingRows).toBe(rows);
    const byYearKind = await stats.fundingByYearKind();
    expect(sum(byYearKind.map((r) => r.amount))).toBeCloseTo(Number(total), 2);
    expect(sum(byYearKind.map((r) => r.rows))).toBe(rows);
    const byKind = await stats.fundingByKind();
    expect(sum(byKind.map((r) => r.amount))).toBeCloseTo(Number(total), 2);
  });

  it("each year's figure equals that year's rows", async () => {
    const byYearKind = await stats.fundingByYearKind();
    for (const year of new Set(byYearKind.map((r) => r.year))) {
      const expected = await one<{ s: string | null }>(
        "SELECT sum(amount_eur)::text AS s FROM funding WHERE year IS NOT DISTINCT FROM $1",
        [year],
      );
      expect(sum(byYearKind.filter((r) => r.year === year).map((r) => r.amount)), String(year)).toBeCloseTo(
        Number(expected.s ?? 0),
        2,
      );
    }
  });

  it("project counts by status, start year and primary theme each add up to the number of projects", async () => {
    const { n } = await one<{ n: number }>("SELECT count(*)::int AS n FROM project");
    expect(n).toBe(3);
    expect((await stats.statsTotals()).projects).toBe(n);
    expect(sum((await stats.projectsByStatus()).map((s) => s.count))).toBe(n);
    expect(sum((await stats.projectsByStartYear()).map((s) => s.count))).toBe(n);
    const themes = (await stats.projectsByThematic()).filter((t) => t.level === 1);
    const { unclassified } = await one<{ unclassified: number }>(
      "SELECT count(*)::int AS unclassified FROM project p WHERE NOT EXISTS (SELECT 1 FROM project_thematic pt WHERE pt.project_id = p.id AND pt.is_primary)",
    );
    expect(sum(themes.map((t) => t.count)) + unclassified).toBe(n);
  });

  it("counts projects by partner country", async () => {
    const countries = await stats.projectsByCountry();
    expect(countries.find((c) => c.code === "IT")).toMatchObject({ name: "Italie", count: 1 });
    expect(countries.find((c) => c.code === "CA")?.count).toBe(2);
    expect(countries.some((c) => c.code === "FR")).toBe(false);
  });
});

describe("country page", () => {
  it("accepts a code in any case and rejects unknown or malformed ones", async () => {
    expect(await country.getCountry("it")).toMatchObject({ code: "IT", name: "Italie", projectCount: 1, postCount: 1 });
    for (const bad of ["ZZ", "FR", "ITA", "1'", "", "%00"]) expect(await country.getCountry(bad), bad).toBeNull();
  });

  it("lists Italy's partners, French collectivités, funding and themes", async () => {
    const partners = await country.countryPartners("IT");
    expect(partners.map((p) => p.name)).toEqual(["Cuneo"]);
    expect(partners[0].frenchPartners.map((f) => f.name)).toEqual(["Clermont-Ferrand"]);
    expect((await country.countryFrenchCollectivites("IT")).map((f) => f.name)).toEqual(["Clermont-Ferrand"]);
    const funding = await country.countryFunding("IT");
    const { s } = await one<{ s: string }>(
      `SELECT sum(f.amount_eur)::text AS s FROM funding f WHERE f.project_id IN (
         SELECT pp.project_id FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id WHERE pp.role = 'foreign' AND c.country_code = 'IT')`,
    );
    expect(sum(funding.map((r) => r.amount))).toBeCloseTo(Number(s), 2);
    expect((await country.countryThematics("IT")).length).toBeGreaterThan(0);
    const projects = await country.countryProjects("IT");
    expect(projects).toHaveLength(1);
    expect(projects[0].french).toEqual([{ slug: "clermont-ferrand-fr", name: "Clermont-Ferrand" }]);
    expect(projects[0].countries.map((c) => c.code)).toContain("IT");
  });
});

describe("collectivité page", () => {
  it("lists Clermont-Ferrand's 31 foreign partners and its projects by role", async () => {
    const c = await collectivite.getCollectivite("clermont-ferrand-fr");
    expect(c).toMatchObject({ name: "Clermont-Ferrand", side: "french", kind: "commune", officialCode: "63113" });
    const partners = await collectivite.collectivitePartners(c!.id);
    expect(partners.filter((p) => p.role === "foreign")).toHaveLength(31);
    const projects = await collectivite.collectiviteProjects(c!.id);
    expect(projects.map((p) => p.role)).toEqual(["lead"]);
    const funding = await collectivite.collectiviteFunding(c!.id);
    expect(sum(funding.map((r) => r.amount))).toBeGreaterThan(0);
  });

  it("finds a foreign collectivité's French partner, and nothing for an unknown slug", async () => {
    const cuneo = await collectivite.getCollectivite("cuneo-it");
    expect(cuneo).toMatchObject({ side: "foreign", countryCode: "IT", countryName: "Italie", precision: "exact" });
    const partners = await collectivite.collectivitePartners(cuneo!.id);
    expect(partners.filter((p) => p.role === "french").map((p) => p.name)).toEqual(["Clermont-Ferrand"]);
    for (const bad of ["nope", "", "x".repeat(400), "'; --"])
      expect(await collectivite.getCollectivite(bad), bad).toBeNull();
  });
});
