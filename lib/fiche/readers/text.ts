import { type Item, line, row } from "../items";

/**
 * `text` layout: one item per line; flattened table rows stay lines and the row splitters take
 * them apart. A line with tabs between words (a copy-pasted table) keeps its cell boundaries:
 * it becomes a row, which is exactly the information the splitters would otherwise guess.
 */
const INNER_TAB = /\S\t+\S|\S\t+\s*$/;

export function readText(text: string): Item[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => (l.includes("\t") && INNER_TAB.test(l) ? row(l.trim().split("\t")) : line(l)));
}
