import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFiches } from "@/lib/corpus";
import { importFiches } from "@/lib/import/run";
import { parseSearchParams } from "@/lib/search/params";
import {
  explain,
  planNodes,
  planText,
  runSearchSql,
  type CapturedSql,
  type PlanNode,
} from "../../scripts/support/bench-sql";
import { freshDatabase } from "./test-db";

/**
 * Query plans of the real search SQL (captured from searchProjects/facetCounts) on a few
 * thousand generated projects: the text search must go through the GIN index, even for a word
 * in nearly every project, and a narrowed search must reach the big child tables by index,
 * not by reading them whole.
 * Small lookup tables (country, thematic, sdg) may be scanned: that is the cheap way to read them.
 */

const FICHES = 2000;
const BIG_TABLES = ["funding", "project_partner", "project_thematic"];

let pool: pg.Pool;
let dir: string;
/** A word found in a handful of projects: what a selective search looks like. */
let rareTown: string;

beforeAll(async () => {
  const { url } = await freshDatabase();
  dir = mkdtempSync(path.join(tmpdir(), "atlas-explain-"));
  const { files } = writeFiches(dir, "explain", FICHES);
  pool = new pg.Pool({ connectionString: url, max: 4 });
  // The plans must be right as soon as an import returns, not only once autovacuum has passed
  // (its timing would make this test flaky): keep it away from the tables under test.
  for (const table of ["project", ...BIG_TABLES])
    await pool.query(`ALTER TABLE ${table} SET (autovacuum_enabled = false)`);
  const summary = await importFiches(files, { databaseUrl: url });
  expect(summary.imported).toBeGreaterThan(FICHES * 0.95);
  await pool.query("ANALYZE");
  // A foreign town named in 2-5 projects (no unit word, one word of 5+ letters).
  const { rows } = await pool.query<{ name: string }>(`
    SELECT c.display_name AS name FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
    WHERE c.side = 'foreign' AND c.display_name ~ '^[A-Za-z]{6,}$'
    GROUP BY c.display_name HAVING count(DISTINCT pp.project_id) BETWEEN 2 AND 5 ORDER BY c.display_name LIMIT 1`);
  rareTown = rows[0]?.name ?? "Ouagadougou";
}, 600_000);

afterAll(async () => {
  await pool?.end();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Plans of every query the search page sends for this query string, with their real parameters. */
async function plans(query: string): Promise<{ q: CapturedSql; plan: PlanNode }[]> {
  const { queries } = await runSearchSql(pool, parseSearchParams(new URLSearchParams(query)));
  const out = [];
  for (const q of queries) out.push({ q, plan: await explain(pool, q) });
  return out;
}

/** Queries that filter projects by the text (the tsquery's own computation does not read project). */
function readsProjectsByText(q: CapturedSql): boolean {
  return /\bFROM project\b/.test(q.text) && q.text.includes("@@");
}

function seqScans(plan: PlanNode, tables: string[]): string[] {
  return planNodes(plan)
    .filter((n) => n["Node Type"] === "Seq Scan" && tables.includes(String(n["Relation Name"])))
    .map((n) => String(n["Relation Name"]));
}

describe("search query plans on generated data", () => {
  it("full-text search reads project through project_search_idx", async () => {
    const checked = (await plans(`q=${encodeURIComponent(rareTown)}`)).filter(({ q }) => readsProjectsByText(q));
    expect(checked.length).toBeGreaterThan(0);
    for (const { q, plan } of checked) {
      const indexes = planNodes(plan).map((n) => n["Index Name"]);
      expect(indexes, `${q.label} (q=${rareTown}):\n${planText(plan)}`).toContain("project_search_idx");
      expect(seqScans(plan, ["project"]), `${q.label}:\n${planText(plan)}`).toEqual([]);
    }
  });

  it.each(["projet", "coopération"])(
    "a word found in nearly every project (%s) still reads project through the index",
    async (word) => {
      const {
        rows: [share],
      } = await pool.query<{ share: number }>(
        "SELECT (count(*) FILTER (WHERE search @@ plainto_tsquery('atlas_fr', $1)))::float / count(*) AS share FROM project",
        [word],
      );
      expect(share.share).toBeGreaterThan(0.8);
      const checked = (await plans(`q=${encodeURIComponent(word)}`)).filter(({ q }) => readsProjectsByText(q));
      expect(checked.length).toBeGreaterThan(0);
      // Testing every row instead reads every tsvector from TOAST: 20 times slower.
      for (const { q, plan } of checked)
        expect(seqScans(plan, ["project"]), `${q.label} (q=${word}):\n${planText(plan)}`).toEqual([]);
    },
  );

  it.each([
    ["text only", () => `q=${encodeURIComponent(rareTown)}`],
    ["text + country", () => `q=${encodeURIComponent(rareTown)}&country=SN&country=FR`],
    ["text + funder + status", () => `q=${encodeURIComponent(rareTown)}&funder=meae&status=En+cours`],
  ])("the queries of a narrowed search (%s) avoid sequential scans of the big tables", async (_name, query) => {
    const problems: string[] = [];
    for (const { q, plan } of await plans(query())) {
      const scans = seqScans(plan, BIG_TABLES);
      if (scans.length) problems.push(`${q.label}: Seq Scan on ${scans.join(", ")}\n${planText(plan)}`);
    }
    expect(problems.join("\n\n")).toBe("");
  });
});
