/**
 * The layout-neutral model every reader produces: the page as a flat sequence of lines and
 * table rows, in reading order. Sections and row splitters work only on this, so the text,
 * markdown and HTML layouts share one interpretation of the fiche.
 *
 * - `line`: a line of text. In the `text` layout table rows are lines too (flattened, cells
 *   joined by single spaces) and the row splitters take them apart.
 * - `row`: a table row whose cells are known (markdown pipes, HTML th/td). Cell text may hold
 *   "\n" where the cell had several paragraphs.
 */
export type Item = { kind: "line"; text: string } | { kind: "row"; cells: string[]; header: boolean };

export function line(text: string): Item {
  return { kind: "line", text };
}

export function row(cells: string[], header = false): Item {
  return { kind: "row", cells, header };
}
