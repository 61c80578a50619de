import { stringify } from "csv-stringify/sync";

/**
 * The one CSV policy of the atlas's exports (projects, contacts): csv-stringify writes the file,
 * a byte-order mark lets spreadsheet programs read the accents as UTF-8, and a text cell a
 * spreadsheet would run as a formula ("=…", "+…", "-…", "@…", or one starting with a tab or a
 * carriage return: OWASP "CSV injection") is kept as text by a leading apostrophe. Numbers are
 * written as numbers, so a negative amount stays a number.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv(headers: string[], rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map((cell) => cell ?? ""));
  return `\uFEFF${stringify(cells, { header: true, columns: headers, cast: { string: neutraliseFormula } })}`;
}
