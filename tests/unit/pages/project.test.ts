import { describe, expect, it } from "vitest";
import { fundingChartData, fundingRowsOf } from "@/components/project/funding-rows";
import { funderKindLabel } from "@/lib/domain/funder-kinds";
import { thematicPath } from "@/components/project/thematic-path";

const decimal = (n: number) => ({ toNumber: () => n });

describe("the project page's reshaping", () => {
  it("writes a thematic from its root theme down, and nothing for none", () => {
    const theme = { label: "Culture", parent: null };
    const sub = { label: "Patrimoine", parent: theme };
    expect(thematicPath({ label: "Musées", parent: sub })).toEqual(["Culture", "Patrimoine", "Musées"]);
    expect(thematicPath(null)).toEqual([]);
  });

  it("reads funding amounts as numbers, keeping a missing amount missing", () => {
    expect(
      fundingRowsOf([
        { funder: { name: "MEAE" }, funderKind: "meae", amountEur: decimal(1500.5), waterAmountEur: null, year: 2021 },
      ]),
    ).toEqual([{ funder: "MEAE", kind: "meae", amountEur: 1500.5, waterAmountEur: null, year: 2021 }]);
  });

  it("sums the chart's bars by year and funder kind, years in order after the unknown year '?'", () => {
    const row = (year: number | null, kind: string, amountEur: number | null) => ({
      funder: "F",
      kind,
      amountEur,
      waterAmountEur: null,
      year,
    });
    expect(
      fundingChartData(
        [
          row(2022, "meae", 100),
          row(2021, "meae", 50),
          row(2022, "meae", 25),
          row(2022, "other", null),
          row(null, "meae", 7),
        ],
        funderKindLabel,
      ),
    ).toEqual([
      { x: "?", series: "Ministère de l'Europe et des Affaires étrangères", value: 7 },
      { x: "2021", series: "Ministère de l'Europe et des Affaires étrangères", value: 50 },
      { x: "2022", series: "Ministère de l'Europe et des Affaires étrangères", value: 125 },
      { x: "2022", series: "Autres financeurs", value: 0 },
    ]);
  });
});
