import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_BASE_URL, projectPageUrl } from "@/lib/harvest/identity";
import { parseCliOptions } from "@/lib/harvest/options";

describe("npm run harvest options", () => {
  it("defaults: ids 1–20000 into seeds/atlas from the official site, one page a second", () => {
    const options = parseCliOptions([]);
    expect(options).toMatchObject({
      outDir: "seeds/atlas",
      baseUrl: DEFAULT_BASE_URL,
      delayMs: 1000,
      refresh: false,
      importAfter: false,
      json: false,
    });
    expect(options.ids.length).toBe(20_000);
    expect([options.ids[0], options.ids.at(-1)]).toEqual([1, 20_000]);
    expect(projectPageUrl(DEFAULT_BASE_URL, 2800)).toBe(
      "https://pastel.diplomatie.gouv.fr/cncdext/dyn/public/atlas/detailProjet.html?criteres.prjId=2800",
    );
  });

  it("reads a range, or an ids file (lines, commas, comments; duplicates dropped)", () => {
    expect(
      parseCliOptions(["--from", "7", "--to", "9", "--delay", "0", "--refresh", "--import", "--json"]),
    ).toMatchObject({
      ids: [7, 8, 9],
      delayMs: 0,
      refresh: true,
      importAfter: true,
      json: true,
    });
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "atlas-ids-")), "ids.txt");
    writeFileSync(file, "# projets à relire\n2801, 2802\n2801 16600\n");
    expect(parseCliOptions(["--ids", file]).ids).toEqual([2801, 2802, 16600]);
  });

  it("refuses what it cannot use, in French", () => {
    expect(() => parseCliOptions(["--from", "9", "--to", "3"])).toThrow(/--to \(3\) est avant --from \(9\)/);
    expect(() => parseCliOptions(["--delay=-1"])).toThrow(/--delay : nombre entier positif attendu/);
    expect(() => parseCliOptions(["--base-url", "ftp://x"])).toThrow(/--base-url : adresse http\(s\) attendue/);
    expect(() => parseCliOptions(["--vite"])).toThrow(/^option inconnue ou mal écrite/);
  });
});
