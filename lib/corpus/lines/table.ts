/**
 * Tables as the two line-based layouts print them: `text` flattens each row into one line,
 * `markdown` draws pipe tables.
 */

export type LineStyle = "text" | "markdown";

/** The alt-text of the magnifier icon ending each linked row. */
export const ICON = "commun.ico.loupe.alter";

/** Blank line the `text` layout puts around headings; nothing in `markdown`. */
export function blankLine(style: LineStyle): string[] {
  return style === "text" ? [""] : [];
}

function table(
  style: LineStyle,
  header: string[],
  rows: string[][],
  width = header.length,
  icon: string | null = null,
): string[] {
  if (style === "text") {
    // Flattened: cells joined by one space, empty cells vanish; the header keeps its trailing spaces.
    const head = header.join(" ") + (icon !== null ? "  " : "");
    return [
      head,
      ...rows.map((cells) => [...cells.filter((c) => c !== ""), ...(icon !== null ? [icon] : [])].join(" ")),
    ];
  }
  const columns = Math.max(width, header.length + (icon !== null ? 1 : 0));
  const pipeRow = (cells: string[]) => {
    const padded = [...cells];
    while (padded.length < columns) padded.push("");
    return `${padded.join(" | ").replace(/\s+$/, "")} |`;
  };
  const separator = `${Array.from({ length: columns }, () => "---").join("|")}|`;
  return [pipeRow(header), separator, ...rows.map((r) => pipeRow(icon !== null ? [...r, "![]()"] : r))];
}

/** A table section: its title (printed twice in the text layout, with blank lines), header and rows. */
export function tableSection(
  style: LineStyle,
  title: string,
  header: string[],
  rows: string[][],
  icon: string | null = null,
  width?: number,
): string[] {
  const body = table(style, header, rows, width ?? header.length, icon);
  return style === "text" ? ["", title, "", title, ...body] : [title, ...body];
}

export function pagination(style: LineStyle): string[] {
  return style === "text"
    ? ["<< < pagination.page.precedent 1 pagination.page.suivant > >>"]
    : ["<<", "< pagination.page.precedent", "1", "pagination.page.suivant >", ">>"];
}

/** Free-text or scalar section: label, then the value's lines (nothing when empty). */
export function field(label: string, value: string | number | null): string[] {
  return [label, ...(value === null ? [] : String(value).split("\n"))];
}
