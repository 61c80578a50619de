import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildFacetIndex, type FacetSourceRow } from "@/lib/search/facet-index";
import { countFacets, recentIds, rowsOf } from "@/lib/search/facet-count";
import { parseSearchParams, type SearchParams } from "@/lib/search/params";

interface Row {
  id: number;
  startYear: number | null;
  status: string | null;
  country: string[];
  theme: number[];
  primaryTheme: number[];
  french: number[];
  region: string[];
  funder: string[];
  sdg: number[];
}

const row = (id: number, over: Partial<Row> = {}): Row => ({
  id,
  startYear: 2015,
  status: "En cours",
  country: [],
  theme: [],
  primaryTheme: [],
  french: [],
  region: [],
  funder: [],
  sdg: [],
  ...over,
});

/** A row as the database gives it: the columns the filters declare. */
const source = (r: Row): FacetSourceRow => ({
  id: r.id,
  start_year: r.startYear,
  status: r.status,
  country_codes: r.country,
  theme_ids: r.theme,
  primary_theme_ids: r.primaryTheme,
  french_ids: r.french,
  region_codes: r.region,
  funder_kinds: r.funder,
  sdg_goals: r.sdg,
});

const ROWS: Row[] = [
  row(10, {
    country: ["SN", "ML"],
    theme: [1, 11],
    primaryTheme: [1, 11],
    funder: ["meae"],
    french: [100],
    region: ["84"],
    sdg: [6],
  }),
  row(11, {
    country: ["SN"],
    theme: [2],
    primaryTheme: [],
    status: "Terminé",
    startYear: 2010,
    funder: ["meae", "own-collectivite"],
    french: [101],
    region: ["11"],
  }),
  row(12, {
    country: ["TN"],
    theme: [1],
    primaryTheme: [1],
    startYear: null,
    status: null,
    french: [100],
    region: ["84"],
    sdg: [6, 11],
  }),
  row(13, {
    country: ["CA"],
    theme: [2, 21],
    primaryTheme: [2, 21],
    startYear: 2020,
    funder: ["water-agency"],
    french: [102],
  }),
];
const index = buildFacetIndex(ROWS.map(source));
const params = (qs: string) => parseSearchParams(new URLSearchParams(qs));
const asObject = <K, V>(m: Map<K, V>) => Object.fromEntries([...m].map(([k, v]) => [String(k), v]));

describe("countFacets", () => {
  it("counts every value of every project when nothing is filtered", () => {
    const counts = countFacets(index, null, params(""));
    expect(counts.total).toBe(4);
    expect(asObject(counts.country)).toEqual({ SN: 2, ML: 1, TN: 1, CA: 1 });
    expect(asObject(counts.thematic)).toEqual({ 1: 2, 11: 1, 2: 2, 21: 1 });
    expect(asObject(counts.status)).toEqual({ "En cours": 2, Terminé: 1 });
    expect(asObject(counts.year)).toEqual({ 2015: 1, 2010: 1, 2020: 1 });
    expect(asObject(counts.sdg)).toEqual({ 6: 2, 11: 1 });
  });

  it("counts a facet without its own filter and the others with it", () => {
    const counts = countFacets(index, null, params("country=SN"));
    expect(counts.total).toBe(2);
    // The country facet still offers every country…
    expect(asObject(counts.country)).toEqual({ SN: 2, ML: 1, TN: 1, CA: 1 });
    // …while the others count the two Senegal projects only.
    expect(asObject(counts.status)).toEqual({ "En cours": 1, Terminé: 1 });
    expect(asObject(counts.funder)).toEqual({ meae: 2, "own-collectivite": 1 });
  });

  it("ORs the values of one filter and ANDs filters", () => {
    expect(countFacets(index, null, params("country=TN&country=CA")).total).toBe(2);
    expect(countFacets(index, null, params("country=SN&funder=own-collectivite")).total).toBe(1);
    expect(countFacets(index, null, params("country=SN&status=Terminé&sdg=6")).total).toBe(0);
  });

  it("reads primary thematics only when asked to", () => {
    expect(asObject(countFacets(index, null, params("primary=1")).thematic)).toEqual({ 1: 2, 11: 1, 2: 1, 21: 1 });
    expect(countFacets(index, null, params("thematic=2")).total).toBe(2);
    expect(countFacets(index, null, params("thematic=2&primary=1")).total).toBe(1);
  });

  it("keeps projects without a start year out of a year range, and counts years without the range", () => {
    const counts = countFacets(index, null, params("from=2012&to=2030"));
    expect(counts.total).toBe(2);
    expect(asObject(counts.year)).toEqual({ 2015: 1, 2010: 1, 2020: 1 });
  });

  it("counts over a subset of rows (the text matches), skipping ids it does not know", () => {
    const rows = rowsOf(index, [12, 13, 999]);
    expect([...rows]).toEqual([2, 3]);
    const counts = countFacets(index, rows, params(""));
    expect(counts.total).toBe(2);
    expect(asObject(counts.country)).toEqual({ TN: 1, CA: 1 });
  });

  it("gives nothing for a filter value no project has", () => {
    expect(countFacets(index, null, params("country=ZZ")).total).toBe(0);
    expect(countFacets(index, null, params("status=Inconnu")).total).toBe(0);
  });

  it("agrees with filtering each project one by one, for any filters", () => {
    const values = {
      country: ["SN", "ML", "TN", "CA", "ZZ"],
      thematic: [1, 2, 11, 21],
      status: ["En cours", "Terminé"],
      funder: ["meae", "own-collectivite", "water-agency"],
      sdg: [6, 11],
    };
    const passes = (r: Row, p: SearchParams, omit?: string) =>
      (omit === "country" || !p.country.length || r.country.some((c) => p.country.includes(c))) &&
      (omit === "thematic" ||
        !p.thematic.length ||
        (p.primary ? r.primaryTheme : r.theme).some((t) => p.thematic.includes(t))) &&
      (omit === "status" || !p.status.length || (r.status !== null && p.status.includes(r.status))) &&
      (omit === "funder" || !p.funder.length || r.funder.some((f) => (p.funder as string[]).includes(f))) &&
      (omit === "sdg" || !p.sdg.length || r.sdg.some((g) => p.sdg.includes(g)));
    fc.assert(
      fc.property(
        fc.subarray(values.country),
        fc.subarray(values.thematic),
        fc.subarray(values.status),
        fc.subarray(values.funder),
        fc.subarray(values.sdg),
        fc.boolean(),
        (country, thematic, status, funder, sdg, primary) => {
          const qs = new URLSearchParams();
          for (const [k, list] of Object.entries({ country, thematic, status, funder, sdg }))
            for (const v of list) qs.append(k, String(v));
          if (primary) qs.set("primary", "1");
          const p = parseSearchParams(qs);
          const counts = countFacets(index, null, p);
          expect(counts.total).toBe(ROWS.filter((r) => passes(r, p)).length);
          const expectedCountry = new Map<string, number>();
          for (const r of ROWS.filter((r) => passes(r, p, "country")))
            for (const c of r.country) expectedCountry.set(c, (expectedCountry.get(c) ?? 0) + 1);
          expect(asObject(counts.country)).toEqual(asObject(expectedCountry));
        },
      ),
    );
  });

  it("marks the projects that pass every filter, and lists them newest first, unknown years last", () => {
    const counts = countFacets(index, null, params("sdg=6&sdg=11"));
    expect([...counts.passing]).toEqual([1, 0, 1, 0]);
    // 13 (2020), 10 (2015), 11 (2010), 12 (no year).
    expect(recentIds(index, countFacets(index, null, params("")).passing, 0, 10)).toEqual([13, 10, 11, 12]);
    expect(recentIds(index, counts.passing, 0, 10)).toEqual([10, 12]);
    expect(recentIds(index, counts.passing, 1, 10)).toEqual([12]);
    expect(recentIds(index, countFacets(index, null, params("")).passing, 1, 2)).toEqual([10, 11]);
  });
});
