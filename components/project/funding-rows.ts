import type { FundingRowInput } from "@/lib/domain/funding-matrix";
import type { StackedDatum } from "@/components/charts/StackedBarChart";

/** A funding row as Prisma loads it (amounts are Decimals). */
export interface FundingRecord {
  funder: { name: string };
  funderKind: string;
  amountEur: { toNumber(): number } | null;
  waterAmountEur: { toNumber(): number } | null;
  year: number | null;
}

export function fundingRowsOf(funding: FundingRecord[]): FundingRowInput[] {
  return funding.map((f) => ({
    funder: f.funder.name,
    kind: f.funderKind,
    amountEur: f.amountEur?.toNumber() ?? null,
    waterAmountEur: f.waterAmountEur?.toNumber() ?? null,
    year: f.year,
  }));
}

/**
 * Amounts summed by year and funder kind, years in order ("?" for no year), for the stacked chart;
 * `kindName` names each kind (the series) in the page's language.
 */
export function fundingChartData(rows: FundingRowInput[], kindName: (kind: string) => string): StackedDatum[] {
  const sums = new Map<string, StackedDatum>();
  for (const r of rows) {
    const key = `${r.year}|${r.kind}`;
    const datum = sums.get(key) ?? {
      x: r.year === null ? "?" : String(r.year),
      series: kindName(r.kind),
      value: 0,
    };
    datum.value += r.amountEur ?? 0;
    sums.set(key, datum);
  }
  return [...sums.values()].sort((a, b) => a.x.localeCompare(b.x));
}
