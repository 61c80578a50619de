import { ACTIVITY_DATE_TYPE, ACTIVITY_STATUS, BUDGET, DEFAULT_ACTIVITY_STATUS } from "./codes";
import { fundingMatrix, type FundingRowInput } from "../domain/funding-matrix";
import { foldForMatch } from "../text/fold";

export function activityStatus(status: string | null): string {
  return (status && ACTIVITY_STATUS[foldForMatch(status)]) || DEFAULT_ACTIVITY_STATUS;
}

export interface ActivityDate {
  type: string;
  isoDate: string;
  narrative: string;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Start: the start year (else the convention year) as 1 January; end: the fiche's end date, or
 * its year as 31 December. A narrative says when only the year is known.
 */
export function activityDates(p: {
  startYear: number | null;
  conventionYear: number | null;
  ficheYear: number | null;
  endDate: Date | null;
  status: string | null;
}): ActivityDate[] {
  const dates: ActivityDate[] = [];
  const startYear = p.startYear ?? p.conventionYear ?? (p.endDate ? null : p.ficheYear);
  if (startYear !== null) {
    const from =
      p.startYear !== null
        ? "année de début"
        : p.conventionYear !== null
          ? "année de signature de la convention"
          : "année de la fiche";
    dates.push({
      type: ACTIVITY_DATE_TYPE.actualStart,
      isoDate: `${startYear}-01-01`,
      narrative: `Précision : année seulement (${from}), date fixée au 1er janvier.`,
    });
  }
  if (p.endDate) {
    const end = isoDay(new Date(p.endDate));
    const ended = activityStatus(p.status) === "4";
    const yearOnly = end.endsWith("-12-31");
    dates.push({
      type: ended ? ACTIVITY_DATE_TYPE.actualEnd : ACTIVITY_DATE_TYPE.plannedEnd,
      isoDate: end,
      narrative: yearOnly ? "Précision : année seulement, date fixée au 31 décembre." : "Précision : jour.",
    });
  }
  return dates;
}

export interface Budget {
  year: number;
  amount: number;
}

/** One budget per funded year: the year's total of the funding table (EUR, positive totals only). */
export function budgetsOf(rows: FundingRowInput[]): Budget[] {
  const { yearTotals } = fundingMatrix(rows);
  return [...yearTotals]
    .filter((entry): entry is [number, number] => entry[0] !== null && entry[1] > 0)
    .map(([year, amount]) => ({ year, amount: Math.round(amount * 100) / 100 }))
    .sort((a, b) => a.year - b.year);
}

export const budgetValueDate = (year: number) => `${year}-01-01`;
export { BUDGET };
