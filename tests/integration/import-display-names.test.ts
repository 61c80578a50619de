import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

/**
 * A collectivité is shown under its most frequent spelling. Three fiches name El Jem: the first
 * as "El Jem", the two others as "Ville d'EL-JEM", so the name shown must become the latter.
 */
function threeSpellings(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-names-"));
  const seed = readFileSync(path.join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith("002_"))!), "utf8");
  const variant = (title: string) =>
    seed
      .replace("Projet d'action internationale de Romans et de ses villes partenaires", title)
      .replaceAll("El Jem Tunisie", "Ville d'EL-JEM Tunisie")
      .replaceAll("El Jem AKROUT", "Ville d'EL-JEM AKROUT");
  writeFileSync(path.join(dir, "a.txt"), seed);
  writeFileSync(path.join(dir, "b.txt"), variant("Un autre projet avec El Jem"));
  writeFileSync(path.join(dir, "c.txt"), variant("Un troisième projet avec El Jem"));
  return dir;
}

const elJem = (url: string) =>
  withClient(url, (c) =>
    c
      .query("SELECT display_name FROM collectivite WHERE side = 'foreign'")
      .then((r) => r.rows.map((row) => row.display_name)),
  );

describe("display names", () => {
  it("are the most frequent spelling after a run", async () => {
    const db = await freshDatabase();
    await importPaths([threeSpellings()], { databaseUrl: db.url, concurrency: 1 });
    expect(await elJem(db.url)).toEqual(["Ville d'EL-JEM"]);
  });

  it("are fixed by the next run when a run stopped after writing its fiches, though they are then unchanged", async () => {
    const db = await freshDatabase();
    const dir = threeSpellings();
    // Every fiche committed, then the run dies before its end (as a killed process would).
    await expect(
      importPaths([dir], {
        databaseUrl: db.url,
        concurrency: 1,
        onProgress: (done, total) => {
          if (done === total) throw new Error("arrêt simulé");
        },
      }),
    ).rejects.toThrow("arrêt simulé");
    expect(await elJem(db.url)).toEqual(["El Jem"]);

    const rerun = await importPaths([dir], { databaseUrl: db.url });
    expect(rerun).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect(await elJem(db.url)).toEqual(["Ville d'EL-JEM"]);
  });

  it("follow an update that drops a spelling from a collectivité other fiches still name", async () => {
    const db = await freshDatabase();
    const dir = threeSpellings();
    await importPaths([dir], { databaseUrl: db.url, concurrency: 1 });
    // The two fiches that said "Ville d'EL-JEM" now name El Jem's partner differently: "El Jem" is the spelling left.
    for (const file of ["b.txt", "c.txt"]) {
      const text = readFileSync(path.join(dir, file), "utf8");
      writeFileSync(
        path.join(dir, file),
        text
          .replaceAll("Ville d'EL-JEM Tunisie", "Sousse Tunisie")
          .replaceAll("Ville d'EL-JEM AKROUT", "Sousse AKROUT"),
      );
    }
    const summary = await importPaths([dir], { databaseUrl: db.url });
    expect(summary).toMatchObject({ updated: 2, unchanged: 1 });
    const names = await withClient(db.url, (c) =>
      c.query("SELECT display_name FROM collectivite WHERE side = 'foreign' ORDER BY 1"),
    );
    expect(names.rows.map((r) => r.display_name)).toEqual(["El Jem", "Sousse"]);
  });
});
