import { describe, expect, it } from "vitest";
import { foldForMatch } from "@/lib/text/fold";
import { fastFold } from "@/lib/fiche/fastfold";
import {
  asEmail,
  clean,
  deobfuscateEmail,
  joinParagraphs,
  parseIsoDate,
  parseNumber,
  parseYear,
  valueOrNull,
} from "@/lib/fiche/normalize";

describe("normalisers", () => {
  it("clean trims and collapses all whitespace, incl. U+00A0 and zero-width spaces", () => {
    expect(clean("  a \u00a0 b\t\tc\u200b ")).toBe("a b c");
    expect(clean("déjà propre")).toBe("déjà propre");
    expect(clean("\u00a0")).toBe("");
  });

  it("placeholders become null", () => {
    for (const v of ["NA", "na", "N/A", "", "  ", "-", "\u00a0"]) expect(valueOrNull(v)).toBeNull();
    expect(valueOrNull(" Nantes ")).toBe("Nantes");
    expect(valueOrNull("NAMUR")).toBe("NAMUR");
  });

  it("obfuscated e-mails", () => {
    expect(deobfuscateEmail("sarah.vaillant[at]diplomatie.gouv.fr")).toBe("sarah.vaillant@diplomatie.gouv.fr");
    expect(deobfuscateEmail("a (at) b[dot]fr")).toBe("a@b.fr");
    expect(asEmail("mailto:x@y.org")).toBe("x@y.org");
    expect(asEmail("x[at]y.org,")).toBe("x@y.org");
    expect(asEmail("Référent")).toBeNull();
  });

  it("dates to ISO", () => {
    expect(parseIsoDate("31/12/2023")).toBe("2023-12-31");
    expect(parseIsoDate("1/2/2021")).toBe("2021-02-01");
    expect(parseIsoDate("31-12-2023")).toBe("2023-12-31");
    expect(parseIsoDate("31.12.2023")).toBe("2023-12-31");
    expect(parseIsoDate("2023-12-31")).toBe("2023-12-31");
    expect(parseIsoDate("1er janvier 2020")).toBe("2020-01-01");
    expect(parseIsoDate("31 décembre 2023")).toBe("2023-12-31");
    expect(parseIsoDate("31/02/2023")).toBeNull();
    expect(parseIsoDate("bientôt")).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it("years and numbers", () => {
    expect(parseYear("2017")).toBe(2017);
    expect(parseYear("Signée le 01/01/2019")).toBe(2019);
    expect(parseYear("12345")).toBeNull();
    expect(parseYear("NA")).toBeNull();
    expect(parseNumber("3000")).toBe(3000);
    expect(parseNumber("394.63")).toBe(394.63);
    expect(parseNumber("394,63")).toBe(394.63);
    expect(parseNumber("3000 €")).toBe(3000);
    expect(parseNumber("abc")).toBeNull();
  });

  it("free text: trimmed lines, blank lines dropped, single \\n", () => {
    expect(joinParagraphs(["  a  b ", "", "\u00a0", "c"])).toBe("a b\nc");
    expect(joinParagraphs([])).toBeNull();
    expect(joinParagraphs(["NA"])).toBeNull();
  });

  it("fastFold is exactly foldForMatch", () => {
    const samples = [
      "Etats-Unis d'Amérique",
      "États Unis d’Amerique",
      "Œuvre «x» — y/z",
      "Maître(s) d'œuvre",
      "Ελλάδα",
      "中国",
      "a\u00a0b",
      "",
    ];
    for (let c = 0; c < 0x300; c++) samples.push(`x${String.fromCharCode(c)}y`);
    for (let c = 0x2000; c < 0x2070; c++) samples.push(`x ${String.fromCharCode(c)} y`);
    for (const s of samples) expect(fastFold(s), JSON.stringify(s)).toBe(foldForMatch(s));
  });
});
