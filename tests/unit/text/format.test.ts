import { describe, expect, it } from "vitest";
import { formatCount, plural } from "@/lib/text/format";

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
});
