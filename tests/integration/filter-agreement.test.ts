import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFiches } from "@/lib/corpus";
import { importFiches } from "@/lib/import/run";
import { columnOf, type FilterValue } from "@/lib/search/filter-kinds";
import { FILTERS, type Filter, type ListFilterOf } from "@/lib/search/filter-registry";
import { countFacets } from "@/lib/search/facet-count";
import type { FacetIndex } from "@/lib/search/facet-index";
import { parseSearchParams, type SearchParams } from "@/lib/search/params";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { freshDatabase, withClient } from "./test-db";

/**
 * The two search paths must agree: SQL (`projectWhere`, used for result pages, exports and the
 * map) and the in-memory facet index (`countFacets`, used for the facets and the default result
 * order). On a generated corpus, for random filter combinations drawn from every filter of the
 * registry (values the corpus holds, plus a few it does not), both give the same project ids,
 * and each facet's in-memory counts equal a SQL GROUP BY with every filter but that facet's own.
 */

const FICHES = 300;
/** Fixed so a failure replays; fast-check prints the seed and the counterexample's path on failure. */
const SEED = 20_261_123;
const RUNS = 100;
/** Valid-looking values no generated project holds (invalid ones are dropped by the parser, which is fine too). */
const ABSENT = ["ZZ", "Z9", "999999", "Sans statut"];

let dir: string;
let db: PrismaClient;
let sql: typeof Prisma;
let projectWhere: (params: SearchParams) => Prisma.Sql;
let index: FacetIndex;
/** Per list filter, the raw URL values to draw from; per range filter, its column's extent. */
const vocabulary = new Map<string, string[]>();
const extents = new Map<string, [number, number]>();

/** The array a list filter's column holds (a scalar column as an array of zero or one value). */
function arrayOf(filter: ListFilterOf, params: SearchParams): string {
  const { name, shape } = columnOf(filter, params);
  return shape === "array" ? `p.${name}` : `array_remove(ARRAY[p.${name}], NULL)`;
}

beforeAll(async () => {
  const { url } = await freshDatabase();
  dir = mkdtempSync(path.join(tmpdir(), "atlas-agreement-"));
  const { files } = writeFiches(dir, "filter-agreement", FICHES);
  const summary = await importFiches(files, { databaseUrl: url });
  expect(summary.imported).toBeGreaterThan(FICHES * 0.95);

  await withClient(url, async (client) => {
    for (const filter of FILTERS) {
      if (filter.kind === "range") {
        const {
          rows: [r],
        } = await client.query(
          `SELECT min(${filter.column})::int AS min, max(${filter.column})::int AS max FROM project`,
        );
        extents.set(filter.key, [r.min - 2, r.max + 2]);
        continue;
      }
      const columns = [filter.column, ...(filter.variant ? [filter.variant.column] : [])];
      const present = new Set<string>();
      for (const { name, shape } of columns) {
        const values = shape === "array" ? `unnest(${name})` : name;
        const { rows } = await client.query(`SELECT DISTINCT ${values}::text AS v FROM project`);
        for (const { v } of rows) if (v !== null) present.add(v);
      }
      vocabulary.set(filter.key, [...present, ...ABSENT]);
    }
  });

  // lib/search reads DATABASE_URL on first use, as the app does.
  process.env.DATABASE_URL = url;
  ({ projectWhere } = await import("@/lib/search/filters"));
  ({ Prisma: sql } = await import("@/lib/generated/prisma/client"));
  const { prisma } = await import("@/lib/db/client");
  const { loadFacets } = await import("@/lib/search/facet-load");
  db = prisma();
  index = (await loadFacets()).index;
}, 600_000);

afterAll(async () => {
  await db?.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A random URL: each filter inactive two times in three, else one to three values (or bounds). */
function urlArbitrary(): fc.Arbitrary<Record<string, string[]>> {
  const fields: Record<string, fc.Arbitrary<string[]>> = {};
  const sometimes = (values: fc.Arbitrary<string[]>) =>
    fc.oneof({ arbitrary: fc.constant<string[]>([]), weight: 2 }, { arbitrary: values, weight: 1 });
  for (const filter of FILTERS) {
    if (filter.kind === "range") {
      const [min, max] = extents.get(filter.key)!;
      const bound = sometimes(fc.integer({ min, max }).map((n) => [String(n)]));
      fields[filter.from] = bound;
      fields[filter.to] = bound;
      continue;
    }
    fields[filter.key] = sometimes(
      fc.uniqueArray(fc.constantFrom(...vocabulary.get(filter.key)!), { minLength: 1, maxLength: 3 }),
    );
    if (filter.variant) fields[filter.variant.flag] = fc.constantFrom<string[][]>([], ["1"]);
  }
  return fc.record(fields);
}

/** The params with one filter left out: what its facet counts with. */
function without(filter: Filter, params: SearchParams): SearchParams {
  return filter.kind === "range"
    ? { ...params, [filter.from]: undefined, [filter.to]: undefined }
    : { ...params, [filter.key]: [] };
}

async function sqlIds(params: SearchParams): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>(
    sql.sql`SELECT p.id FROM project p ${projectWhere(params)} ORDER BY p.id`,
  );
  return rows.map((r) => r.id);
}

/** A facet's counts by SQL GROUP BY, keys as text. */
async function sqlCounts(filter: Filter, params: SearchParams): Promise<Record<string, number>> {
  const where = projectWhere(without(filter, params));
  const values = filter.kind === "range" ? `ARRAY[p.${filter.column}]` : arrayOf(filter, params);
  const rows = await db.$queryRaw<{ value: string; n: number }[]>(sql.sql`
    SELECT v::text AS value, count(*)::int AS n
    FROM (SELECT ${sql.raw(values)} AS vals FROM project p ${where}) s CROSS JOIN LATERAL unnest(s.vals) v
    WHERE v IS NOT NULL GROUP BY v`);
  return Object.fromEntries(rows.map((r) => [r.value, r.n]));
}

const asRecord = (counts: Map<FilterValue, number>) => Object.fromEntries([...counts].map(([k, n]) => [String(k), n]));

describe("SQL filtering and in-memory facet counting agree", () => {
  it("on random filter combinations over a generated corpus", async () => {
    let narrowed = 0;
    let empty = 0;
    await fc.assert(
      fc.asyncProperty(urlArbitrary(), async (url) => {
        const params = parseSearchParams(url);
        const memory = countFacets(index, null, params);
        const inMemory = [...index.ids].filter((_, r) => memory.passing[r] === 1).sort((a, b) => a - b);
        const ids = await sqlIds(params);
        expect(inMemory, "ids passing every filter").toEqual(ids);
        expect(memory.total).toBe(ids.length);
        for (const filter of FILTERS) {
          const counts: Map<FilterValue, number> = memory[filter.key];
          expect(asRecord(counts), `facet ${filter.key}`).toEqual(await sqlCounts(filter, params));
        }
        if (ids.length === 0) empty++;
        else if (ids.length < index.size) narrowed++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The draws exercised something: searches that narrow the corpus, and some that match nothing.
    expect(narrowed).toBeGreaterThan(RUNS / 4);
    expect(empty).toBeGreaterThan(0);
  }, 600_000);

  it("every filter of the registry has values in the corpus to draw from", () => {
    for (const filter of FILTERS) {
      if (filter.kind === "range")
        expect(extents.get(filter.key)![1] - extents.get(filter.key)![0], filter.key).toBeGreaterThan(4);
      else expect(vocabulary.get(filter.key)!.length, filter.key).toBeGreaterThan(ABSENT.length);
    }
  });
});
