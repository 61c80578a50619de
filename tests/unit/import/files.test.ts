import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectFicheFiles, MAX_FICHE_BYTES, readFicheText } from "../../../lib/import/files";

const SEED = path.resolve(import.meta.dirname, "../../../seeds/000_437bd9e9f0292f51.txt");

function scratch(): string {
  return mkdtempSync(path.join(os.tmpdir(), "atlas-files-"));
}

function mkfifo(file: string): void {
  const r = spawnSync("mkfifo", [file]);
  if (r.status !== 0) throw new Error(`mkfifo: ${r.stderr}`);
}

describe("collecting fiche files", () => {
  it("reports broken links and loops of links as rejected, in French, and keeps the good fiches beside them", () => {
    const dir = scratch();
    copyFileSync(SEED, path.join(dir, "a.txt"));
    mkdirSync(path.join(dir, "sub"));
    copyFileSync(SEED, path.join(dir, "sub", "b.txt"));
    symlinkSync("nowhere.txt", path.join(dir, "dangling.txt"));
    symlinkSync("self.txt", path.join(dir, "self.txt"));
    symlinkSync("..", path.join(dir, "sub", "up"));
    symlinkSync(path.join(dir, "a.txt"), path.join(dir, "sub", "link-to-a.txt"));

    const { files, rejected } = collectFicheFiles([dir]);
    expect(files).toEqual([
      path.join(dir, "a.txt"),
      path.join(dir, "sub", "b.txt"),
      path.join(dir, "sub", "link-to-a.txt"),
    ]);
    expect(rejected).toEqual([
      { file: path.join(dir, "dangling.txt"), reason: "lien symbolique cassé : sa cible « nowhere.txt » n'existe pas" },
      { file: path.join(dir, "self.txt"), reason: "boucle de liens symboliques" },
      {
        file: path.join(dir, "sub", "up"),
        reason: "boucle de liens symboliques : ce lien mène à un dossier qui le contient",
      },
    ]);
  });

  it("reports a missing path as introuvable", () => {
    const missing = path.join(scratch(), "absent");
    expect(collectFicheFiles([missing])).toEqual({ files: [], rejected: [{ file: missing, reason: "introuvable" }] });
  });

  it("never lists a named pipe, in a folder or named on the command line", () => {
    const dir = scratch();
    copyFileSync(SEED, path.join(dir, "a.txt"));
    mkfifo(path.join(dir, "pipe.txt"));
    mkfifo(path.join(dir, "pipe-without-extension"));
    const reason = "pas un fichier ordinaire (tube nommé) : il n'est pas ouvert";
    expect(collectFicheFiles([dir])).toEqual({
      files: [path.join(dir, "a.txt")],
      rejected: [{ file: path.join(dir, "pipe.txt"), reason }],
    });
    const named = path.join(dir, "pipe-without-extension");
    expect(collectFicheFiles([named])).toEqual({ files: [], rejected: [{ file: named, reason }] });
  });

  it("refuses a file above MAX_FICHE_BYTES by its size, and keeps one at the limit", () => {
    const dir = scratch();
    const big = path.join(dir, "big.txt");
    const limit = path.join(dir, "limit.txt");
    copyFileSync(SEED, big);
    copyFileSync(SEED, limit);
    truncateSync(big, 30 * 1024 * 1024); // sparse: no 30 MB written to disk
    truncateSync(limit, MAX_FICHE_BYTES);
    expect(collectFicheFiles([dir])).toEqual({
      files: [limit],
      rejected: [{ file: big, reason: "trop volumineux : 30 Mo (limite 2 Mo, une fiche pèse moins de 100 ko)" }],
    });
  });
});

describe("reading a fiche file", () => {
  it("refuses a named pipe without opening it (opening one waits for a writer)", () => {
    const pipe = path.join(scratch(), "pipe.txt");
    mkfifo(pipe);
    expect(readFicheText(pipe)).toEqual({ refused: "pas un fichier ordinaire (tube nommé) : il n'est pas ouvert" });
  });

  it("refuses a 30 MB file before reading it", () => {
    const big = path.join(scratch(), "big.txt");
    copyFileSync(SEED, big);
    truncateSync(big, 30 * 1024 * 1024);
    expect(readFicheText(big)).toEqual({
      refused: "trop volumineux : 30 Mo (limite 2 Mo, une fiche pèse moins de 100 ko)",
    });
  });

  it("says why a missing file or a broken link cannot be read", () => {
    const dir = scratch();
    symlinkSync("nowhere.txt", path.join(dir, "dangling.txt"));
    expect(readFicheText(path.join(dir, "absent.txt"))).toEqual({ refused: "introuvable" });
    expect(readFicheText(path.join(dir, "dangling.txt"))).toEqual({
      refused: "lien symbolique cassé : sa cible « nowhere.txt » n'existe pas",
    });
  });
});
