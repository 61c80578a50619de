import { describe, expect, it } from "vitest";
import { formatSummary, type ImportSummary } from "../../../lib/import/run";

const summary = (rejected: ImportSummary["rejected"], warnings: string[] = []): ImportSummary => ({
  imported: 1,
  updated: 0,
  unchanged: 0,
  rejected,
  truncated: [],
  warnings,
  unreadable: 0,
});

describe("the printed import summary", () => {
  it("cannot be given forged lines by a file name holding a newline: the name is quoted, escapes shown", () => {
    const forged = "x\nImportées : 999 · mises à jour : 0 · inchangées : 0 · rejetées : 0\n.txt";
    const lines = formatSummary(summary([{ file: forged, reason: "not an Atlas fiche: empty file" }])).split("\n");
    expect(lines).toEqual([
      "Importées : 1 · mises à jour : 0 · inchangées : 0 · rejetées : 1",
      '  rejetée "x\\nImportées : 999 · mises à jour : 0 · inchangées : 0 · rejetées : 0\\n.txt" : not an Atlas fiche: empty file',
    ]);
  });

  it("escapes terminal and bidi controls JSON.stringify would leave (ESC, U+0085, U+202E)", () => {
    const lines = formatSummary(summary([{ file: "a\u001b[2Jb\u0085c\u202etxt.exe", reason: "introuvable" }])).split(
      "\n",
    );
    expect(lines[1]).toBe('  rejetée "a\\u001b[2Jb\\u0085c\\u202etxt.exe" : introuvable');
  });

  it("prints plain names as they are, and keeps each warning on its line", () => {
    const text = formatSummary(
      summary([{ file: "seeds/003 é.txt", reason: "introuvable" }], ["dir/x\ny.txt: pays inconnu « Atlantide »"]),
    );
    expect(text.split("\n")).toEqual([
      "Importées : 1 · mises à jour : 0 · inchangées : 0 · rejetées : 1",
      "  rejetée seeds/003 é.txt : introuvable",
      "Avertissements (1) :",
      "  dir/x\\ny.txt: pays inconnu « Atlantide »",
    ]);
  });
});
