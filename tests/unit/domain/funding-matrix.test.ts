import { describe, expect, it } from "vitest";
import { formatEuros, fundingMatrix } from "../../../lib/domain/funding-matrix";

describe("funding matrix", () => {
  const rows = [
    { funder: "MEAE", kind: "meae", amountEur: 3000, waterAmountEur: null, year: 2021 },
    { funder: "MEAE", kind: "meae", amountEur: 3000, waterAmountEur: null, year: 2022 },
    { funder: "Strasbourg", kind: "own-collectivite", amountEur: 26144, waterAmountEur: 100, year: 2021 },
    { funder: "Strasbourg", kind: "own-collectivite", amountEur: null, waterAmountEur: null, year: null },
  ];

  it("sums per funder, per year and overall", () => {
    const m = fundingMatrix(rows);
    expect(m.years).toEqual([2021, 2022, null]);
    expect(m.yearTotals.get(2021)).toBe(29144);
    expect(m.yearTotals.get(2022)).toBe(3000);
    expect(m.total).toBe(32144);
    expect(m.waterTotal).toBe(100);
    expect(m.funders.map((f) => [f.name, f.total])).toEqual([
      ["Strasbourg", 26144],
      ["MEAE", 6000],
    ]);
    expect(m.rowCount).toBe(4);
  });

  it("formats euros the French way", () => {
    expect(formatEuros(500928).replace(/\u202f|\u00a0/g, " ")).toBe("500 928 €");
  });
});
