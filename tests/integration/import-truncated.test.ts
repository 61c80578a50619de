import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatSummary } from "../../lib/import/run";
import { freshDatabase, withClient } from "./test-db";
import { copySeeds, importPaths } from "./seeds";

/** Seeds imported into a fresh database, and the path of seed 000 in the scratch copy. */
async function importedSeeds() {
  const db = await freshDatabase();
  const dir = copySeeds();
  await importPaths([dir], { databaseUrl: db.url });
  const file = path.join(dir, readdirSync(dir).find((f) => f.startsWith("000_"))!);
  return { db, dir, file, full: readFileSync(file, "utf8") };
}

/** The copy a transfer stopped in the middle of the funding table leaves: six rows become two and a cut one. */
const cutMidFunding = (full: string) => full.slice(0, full.indexOf("Strasbourg 26144 2021") + "Strasb".length);

async function stored(url: string, file: string) {
  return withClient(url, async (c) => {
    const {
      rows: [project],
    } = await c.query("SELECT id, raw_source FROM project WHERE source_file = $1", [file]);
    const {
      rows: [funding],
    } = await c.query("SELECT count(*)::int AS n FROM funding WHERE project_id = $1", [project.id]);
    return { raw: project.raw_source as string, fundingRows: funding.n as number };
  });
}

describe("a fiche copy cut short", () => {
  it("does not replace the complete stored version: kept, and the file reported as truncated and skipped", async () => {
    const { db, dir, file, full } = await importedSeeds();
    writeFileSync(file, cutMidFunding(full));
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    expect(summary.truncated).toHaveLength(1);
    expect(summary.truncated[0].file).toBe(file);
    expect(summary.truncated[0].reason).toMatch(/début de la version enregistrée/);
    expect(await stored(db.url, file)).toEqual({ raw: full, fundingRows: 6 });
    expect(formatSummary(summary)).toMatch(/Copies tronquées ignorées \(1\)[^\n]*\n {2}tronquée .*000_/);
    expect(JSON.parse(JSON.stringify(summary)).truncated).toEqual(summary.truncated);
  });

  it("is recognised whatever its line endings and trailing spaces", async () => {
    const { db, dir, file, full } = await importedSeeds();
    writeFileSync(file, cutMidFunding(full).replace(/\n/g, "  \r\n"));
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary).toMatchObject({ updated: 0, truncated: [{ file }] });
    expect((await stored(db.url, file)).fundingRows).toBe(6);
  });

  it("is recognised by its cut funding row even when an earlier line was edited too", async () => {
    const { db, dir, file, full } = await importedSeeds();
    writeFileSync(file, cutMidFunding(full).replace("Objectifs locaux :", "Objectifs locaux et partagés :"));
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary).toMatchObject({ updated: 0, truncated: [{ file, reason: expect.stringMatching(/ligne coupée/) }] });
    expect((await stored(db.url, file)).fundingRows).toBe(6);
  });

  it("replaces the stored version with --force", async () => {
    const { db, dir, file, full } = await importedSeeds();
    writeFileSync(file, cutMidFunding(full));
    const summary = await importPaths([dir], { databaseUrl: db.url, force: true });
    expect(summary).toMatchObject({ updated: 1, unchanged: 2, truncated: [] });
    expect(await stored(db.url, file)).toEqual({ raw: cutMidFunding(full), fundingRows: 3 });
  });

  it("a genuinely revised fiche with fewer funding rows still updates", async () => {
    const { db, dir, file, full } = await importedSeeds();
    const revised = full
      .replace("Strasbourg 31539 2022\n", "")
      .replace("Collectivités et partenaires étrangers 49645 2022\n", "");
    writeFileSync(file, revised);
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary).toMatchObject({ updated: 1, unchanged: 2, truncated: [] });
    expect(await stored(db.url, file)).toEqual({ raw: revised, fundingRows: 4 });
  });

  it("a revised fiche shortened at its end (not a beginning of the stored text) still updates", async () => {
    const { db, dir, file, full } = await importedSeeds();
    const revised = cutMidFunding(full)
      .slice(0, -"Strasb".length)
      .replace("Objectifs locaux :", "Objectifs locaux et partagés :");
    writeFileSync(file, revised);
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary).toMatchObject({ updated: 1, truncated: [] });
    expect((await stored(db.url, file)).fundingRows).toBe(2);
  });
});
