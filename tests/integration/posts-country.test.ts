import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { writeFiches } from "@/lib/corpus";
import { EMBASSY_CITIES } from "@/lib/corpus/countries";
import { importFiches } from "@/lib/import/run";
import { freshDatabase, withClient } from "./test-db";

/** Issue 14.1: on generated data, posts were filed under a partner's country ("Pékin" under Allemagne). */
const FICHES = 300;
let url: string;
let files: string[];
const expected = new Map(Object.entries(EMBASSY_CITIES).map(([code, city]) => [`Ambassade de France à ${city}`, code]));
const postRows = () =>
  withClient(url, (c) =>
    c
      .query<{ name: string; country_code: string | null }>("SELECT name, country_code FROM embassy_post")
      .then((r) => r.rows),
  );

beforeAll(async () => {
  url = (await freshDatabase()).url;
  files = writeFiches(mkdtempSync(path.join(tmpdir(), "atlas-posts-")), 1, FICHES).files;
  await importFiches(files, { databaseUrl: url });
}, 300_000);

it("files each generated post under the country of its city, whatever the fiche's partners", async () => {
  const rows = (await postRows()).filter((r) => expected.has(r.name));
  expect(rows.length).toBeGreaterThan(20);
  for (const r of rows) expect(r.country_code, r.name).toBe(expected.get(r.name));
  // Its country page counts it: the country row exists with its French name.
  const [china] = await withClient(url, (c) =>
    c
      .query(
        "SELECT co.name_fr FROM embassy_post ep JOIN country co ON co.code = ep.country_code WHERE ep.country_code = 'CN'",
      )
      .then((r) => r.rows),
  );
  if (rows.some((r) => r.country_code === "CN")) expect(china.name_fr).toBe("Chine");
}, 60_000);

it("corrects a post filed wrongly by an earlier import when the same fiches are imported again", async () => {
  await withClient(url, (c) =>
    c.query("UPDATE embassy_post SET country_code = 'DE' WHERE name = 'Ambassade de France à Tunis'"),
  );
  const summary = await importFiches(files.slice(0, 5), { databaseUrl: url });
  expect(summary.imported + summary.updated).toBe(0);
  const tunis = (await postRows()).find((r) => r.name === "Ambassade de France à Tunis");
  expect(tunis?.country_code).toBe("TN");
}, 120_000);
