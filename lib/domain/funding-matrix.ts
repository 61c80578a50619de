/**
 * Funding rows of a project as a funder × year table with totals, the shape the project page,
 * the country and collectivité pages show. Pure, so its sums are unit-tested.
 */
export interface FundingRowInput {
  funder: string;
  kind: string;
  amountEur: number | null;
  waterAmountEur: number | null;
  year: number | null;
}

export interface FundingMatrix {
  years: (number | null)[];
  funders: { name: string; kind: string; byYear: Map<number | null, number>; total: number }[];
  yearTotals: Map<number | null, number>;
  waterTotal: number;
  total: number;
  rowCount: number;
}

export function fundingMatrix(rows: FundingRowInput[]): FundingMatrix {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
  const funders = new Map<string, FundingMatrix["funders"][number]>();
  const yearTotals = new Map<number | null, number>(years.map((y) => [y, 0]));
  let total = 0;
  let waterTotal = 0;
  for (const row of rows) {
    const amount = row.amountEur ?? 0;
    const entry = funders.get(row.funder) ?? { name: row.funder, kind: row.kind, byYear: new Map(), total: 0 };
    entry.byYear.set(row.year, (entry.byYear.get(row.year) ?? 0) + amount);
    entry.total += amount;
    funders.set(row.funder, entry);
    yearTotals.set(row.year, (yearTotals.get(row.year) ?? 0) + amount);
    total += amount;
    waterTotal += row.waterAmountEur ?? 0;
  }
  return {
    years,
    funders: [...funders.values()].sort((a, b) => b.total - a.total),
    yearTotals,
    waterTotal,
    total,
    rowCount: rows.length,
  };
}

const EUROS = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/** "500 928 €" (French grouping with a narrow no-break space). */
export function formatEuros(amount: number): string {
  return EUROS.format(amount);
}
