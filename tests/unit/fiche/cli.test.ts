import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTEXT_IDS, expectedJson, HEAVY, ROOT, SEED_IDS } from "./helpers";

function cli(...args: string[]) {
  const r = spawnSync("npx", ["tsx", "scripts/fiche-parse.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  // npm may print its own config warnings on stderr; they are not ours.
  const stderrLines = r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("npm warn"));
  return { status: r.status, stdout: r.stdout, stderrLines };
}

describe("scripts/fiche-parse.ts", HEAVY, () => {
  it("prints the fiche as pure JSON and exits 0", () => {
    const file = `seeds/${SEED_IDS[0]}.txt`;
    const r = cli(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(expectedJson(SEED_IDS[0]), null, 2)}\n`);
    expect(r.stderrLines).toEqual([]);
  });

  it("exits 2 with exactly one stderr line for a context text", () => {
    const file = `seeds/${CONTEXT_IDS[0]}.txt`;
    const r = cli(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderrLines).toHaveLength(1);
    expect(r.stderrLines[0]).toMatch(new RegExp(`^${file.replace(/[.]/g, "\\.")}: not an Atlas fiche: .*Titre`));
  });

  it("writes warnings to stderr only with --warnings, stdout stays JSON", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fiche-cli-"));
    const file = path.join(dir, "fiche.txt");
    writeFileSync(
      file,
      "Titre\nTest\nAutres thématiques mises en œuvre pour le partenariat\nSciences participatives 1\n",
    );
    const quiet = cli(file);
    expect(quiet.status).toBe(0);
    expect(quiet.stderrLines).toEqual([]);
    const loud = cli(file, "--warnings");
    expect(loud.status).toBe(0);
    expect(JSON.parse(loud.stdout).otherThematics[0].theme).toBe("Sciences participatives");
    expect(loud.stderrLines.length).toBeGreaterThan(0);
    expect(loud.stderrLines[0]).toMatch(/warning: otherThematics/);
  });

  it("decodes Windows-1252 files", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fiche-cli-"));
    const file = path.join(dir, "latin1.txt");
    writeFileSync(
      file,
      Buffer.from("Titre\nCoop\xe9ration \xe0 Dakar\nAnn\xe9e de d\xe9but du partenariat\n2020\n", "latin1"),
    );
    const r = cli(file);
    expect(r.status).toBe(0);
    const fiche = JSON.parse(r.stdout);
    expect(fiche.title).toBe("Coopération à Dakar");
    expect(fiche.startYear).toBe(2020);
  });

  it("usage error exits 1", () => {
    expect(cli().status).toBe(1);
  });
});
