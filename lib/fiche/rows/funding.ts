import type { Funding } from "../schema";
import { isYearToken, parseNumber } from "../normalize";
import { filledCells, type TableRow, type TableSpec } from "../tables";
import { quote, type Warn } from "./warn";

export const FUNDING_TABLE: TableSpec = {
  columns: [
    "Nom du financeur",
    "Financeur",
    "Montant en euros",
    "Montant",
    "Montant 1% Eau (Loi Oudin 2005)",
    "Montant 1% Eau (Loi Oudin-Santini 2005)",
    "Montant 1% Eau (Loi 2005)",
    "Montant 1% Eau",
    "Année",
  ],
  headerStarts: ["Nom du financeur", "Financeur"],
};

const CURRENCY = /^(?:€|eur|euros?)$/i;

/**
 * One funding row, read from the right: the year is the last token when it is a 4-digit year,
 * the numbers before it are the amount then (only when given) the 1% water amount, and the
 * rest is the funder. Cells are read the same way after dropping empty ones, because the
 * markdown export does not keep the columns aligned ("Funder | 500928 | 2021 | | | |").
 */
export function parseFunding(row: TableRow, warn: Warn): Funding {
  const tokens = row.kind === "cells" ? filledCells(row.cells) : row.text.split(" ");
  const source = row.kind === "cells" ? row.cells.join(" | ") : row.text;
  while (tokens.length > 1 && CURRENCY.test(tokens[tokens.length - 1])) tokens.pop();

  let end = tokens.length;
  let year: number | null = null;
  const minFunderTokens = 1; // the funder keeps at least its first word
  if (end > minFunderTokens && isYearToken(tokens[end - 1].trim())) {
    year = Number(tokens[end - 1].trim());
    end--;
  }
  const numbers: number[] = [];
  let i = end;
  while (i > minFunderTokens) {
    const token = tokens[i - 1];
    if (CURRENCY.test(token)) {
      i--;
      continue;
    }
    const n = parseNumber(token);
    if (n === null) break;
    numbers.push(n);
    i--;
  }
  numbers.reverse(); // read right to left, kept in reading order
  const funder = tokens.slice(0, i).join(" ").trim();
  let amountEur: number | null = numbers[0] ?? null;
  let waterAmountEur: number | null = numbers[1] ?? null;

  if (numbers.length > 2)
    warn(
      `funding: ${numbers.length} amounts in row ${quote(source)}; took the first as amount, the second as water amount`,
    );
  if (year === null && numbers.length === 1 && Number.isInteger(numbers[0]) && isYearToken(String(numbers[0]))) {
    // "Funder 2021": a lone year-looking number is more likely the year with no amount.
    year = numbers[0];
    amountEur = null;
    waterAmountEur = null;
    warn(`funding: row ${quote(source)} has a year but no amount`);
  }
  if (funder === "") warn(`funding: row without a funder ${quote(source)}`);
  if (year === null) warn(`funding: no year at the end of row ${quote(source)} (cut or misread row?)`);
  return { funder, amountEur, waterAmountEur, year };
}
