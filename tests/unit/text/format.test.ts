import { describe, expect, it } from "vitest";
import { formatCount, plural, pluralWord } from "@/lib/text/format";

describe("French numbers", () => {
  it("groups thousands with a narrow no-break space, as French writes them", () => {
    expect(formatCount(1175)).toBe("1\u202f175");
    expect(formatCount(12)).toBe("12");
  });

  it("takes the singular for 0 and 1 and the plural above", () => {
    expect(plural(0, "projet", "projets")).toBe("0 projet");
    expect(plural(1, "projet", "projets")).toBe("1 projet");
    expect(plural(2500, "projet", "projets")).toBe("2\u202f500 projets");
  });

  it("gives the agreeing word alone, for a verb or a heading without the number", () => {
    expect(pluralWord(1, "n'apparait", "n'apparaissent")).toBe("n'apparait");
    expect(pluralWord(3, "Projet : ", "Projets : ")).toBe("Projets : ");
    expect(pluralWord(0, "le pays choisi", "les pays choisis")).toBe("le pays choisi");
  });
});
