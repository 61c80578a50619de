import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * lib/domain (shared vocabulary) and lib/export (file formats) sit below the search engine and
 * the page data: they may be imported by them, never the other way round, so a client component
 * or a script can use them without pulling in SQL.
 */
const ROOT = path.resolve(import.meta.dirname, "../../..");
const LOWER_FOLDERS = ["lib/domain", "lib/export"];
const HIGHER = /(^|\/)(lib\/)?(search|page-data)(\/|$)/;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(folder, name));
}

/** Every module specifier of an import, export … from, or dynamic import, resolved against the repository root. */
function importedPaths(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);
  return specifiers.map((s) =>
    s.startsWith("@/")
      ? s.slice(2)
      : s.startsWith(".")
        ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), s))
        : s,
  );
}

describe("layering of lib/domain and lib/export", () => {
  it("finds the imports it checks, relative and aliased", () => {
    expect(
      importedPaths(
        "lib/domain/x.ts",
        'import type { A } from "../search/map";\nimport { b } from "@/lib/page-data/country";',
      ),
    ).toEqual(["lib/search/map", "lib/page-data/country"]);
    expect(
      importedPaths("lib/export/x.ts", 'export { c } from "./vcard";\nconst d = await import("../search/queries");'),
    ).toEqual(["lib/export/vcard", "lib/search/queries"]);
  });

  it.each(LOWER_FOLDERS)("nothing in %s imports lib/search or lib/page-data", (folder) => {
    const files = sourceFiles(folder);
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((file) =>
      importedPaths(file, readFileSync(path.join(ROOT, file), "utf8"))
        .filter((target) => target.startsWith("lib/") && HIGHER.test(target))
        .map((target) => `${file} → ${target}`),
    );
    expect(offending).toEqual([]);
  });
});
