import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encode } from "../unit/import/reencode";
import { importPaths, SEEDS_DIR } from "./seeds";
import { freshDatabase, withClient } from "./test-db";

const SEED_FILES = ["000_437bd9e9f0292f51.txt", "001_671a6b7235ccf533.txt", "002_b057226553d068dc.txt"];

function scratch(): string {
  return mkdtempSync(path.join(os.tmpdir(), "atlas-import-files-"));
}

describe("the importer's file reading", () => {
  // Run as the command it is: a named pipe used to hang it for good, a link loop to crash it,
  // so the test waits on a child process (the timeout only catches a hang, it measures nothing).
  it("imports the fiches beside broken links, link loops, a named pipe, a 30 MB file and a name with a newline, and prints one line each", async () => {
    const db = await freshDatabase();
    const dir = scratch();
    for (const f of SEED_FILES) copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
    symlinkSync("nowhere.txt", path.join(dir, "dangling.txt"));
    mkdirSync(path.join(dir, "sub"));
    symlinkSync("..", path.join(dir, "sub", "up"));
    spawnSync("mkfifo", [path.join(dir, "pipe.txt")]);
    copyFileSync(path.join(SEEDS_DIR, SEED_FILES[0]), path.join(dir, "big.txt"));
    truncateSync(path.join(dir, "big.txt"), 30 * 1024 * 1024);
    const forged = "x\nImportées : 999 · mises à jour : 0 · inchangées : 0 · rejetées : 0\n.txt";
    writeFileSync(path.join(dir, forged), "pas une fiche\n");

    const run = spawnSync("npx", ["tsx", "scripts/import.ts", dir, "--json"], {
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, DATABASE_URL: db.url },
    });
    expect(run.error).toBeUndefined();
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    const json = JSON.parse(lines.pop()!);
    expect(json.imported).toBe(3);
    const reasons = Object.fromEntries(
      json.rejected.map((r: { file: string; reason: string }) => [path.relative(dir, r.file), r.reason]),
    );
    expect(reasons).toEqual({
      "big.txt": "trop volumineux : 30 Mo (limite 2 Mo, une fiche pèse moins de 100 ko)",
      "dangling.txt": "lien symbolique cassé : sa cible « nowhere.txt » n'existe pas",
      "pipe.txt": "pas un fichier ordinaire (tube nommé) : il n'est pas ouvert",
      "sub/up": "boucle de liens symboliques : ce lien mène à un dossier qui le contient",
      [forged]: "not an Atlas fiche: no 'Titre' label found (not a project page)",
    });
    // The summary: its header once, then one line per rejected file (warnings, if any, after).
    expect(lines[0]).toBe("Importées : 3 · mises à jour : 0 · inchangées : 0 · rejetées : 5");
    expect(lines.slice(1, 6).every((l) => l.startsWith("  rejetée "))).toBe(true);
    expect(lines.filter((l) => l.startsWith("Importées"))).toHaveLength(1);
    expect(lines).toContain(
      `  rejetée ${JSON.stringify(path.join(dir, forged))} : not an Atlas fiche: no 'Titre' label found (not a project page)`,
    );
    await withClient(db.url, async (c) => {
      expect((await c.query("SELECT count(*)::int AS n FROM project")).rows[0].n).toBe(3);
    });
  });

  it("a fiche saved again in Windows-1252, UTF-16LE or UTF-16BE is the same project, unchanged", async () => {
    const db = await freshDatabase();
    const original = path.join(SEEDS_DIR, SEED_FILES[1]);
    const first = await importPaths([original], { databaseUrl: db.url, threads: 0 });
    expect(first.imported).toBe(1);
    const dir = scratch();
    const text = readFileSync(original, "utf8");
    for (const encoding of ["windows-1252", "utf-16le-bom", "utf-16be-bom"] as const) {
      const copy = path.join(dir, `${encoding}.txt`);
      writeFileSync(copy, encode(text, encoding));
      const again = await importPaths([copy], { databaseUrl: db.url, threads: 0 });
      expect({ encoding, ...again }).toMatchObject({ encoding, imported: 0, updated: 0, unchanged: 1, rejected: [] });
    }
    await withClient(db.url, async (c) => {
      const projects = await c.query("SELECT title, raw_source FROM project");
      expect(projects.rows).toHaveLength(1);
      expect(projects.rows[0].raw_source).toBe(text);
    });
  });
});
