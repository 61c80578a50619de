import type { OtherThematic } from "../schema";
import { parseSmallInt, valueOrNull } from "../normalize";
import type { TableRow, TableSpec } from "../tables";
import { splitThematicText } from "../taxonomy";
import { quote, type Warn } from "./warn";

export const OTHER_THEMATICS_TABLE: TableSpec = {
  columns: ["Thématique éligible", "Thématique", "Sous-thématique", "Sous-sous-thématique", "Priorité"],
  headerStarts: ["Thématique éligible"],
};

/**
 * One "Autres thématiques" row. Cells: positional when they line up (theme, sub, sub-sub,
 * priority), otherwise compacted — the markdown export shifts the priority left when the
 * sub-sub-theme is missing ("Theme | Sub | 1 | |"). Flattened text: the trailing integer is the
 * priority and the taxonomy splits the rest.
 */
export function parseOtherThematic(row: TableRow, warn: Warn): OtherThematic {
  if (row.kind === "cells") return fromCells(row.cells, warn);
  const words = row.text.split(" ");
  let priority: number | null = null;
  if (words.length > 1) {
    const p = parseSmallInt(words[words.length - 1]);
    if (p !== null) {
      priority = p;
      words.pop();
    }
  }
  const split = splitThematicText(words.join(" "));
  if (!split.certain) warn(`otherThematics: row ${quote(row.text)} is not in the Atlas vocabulary; kept best reading`);
  return { theme: split.theme, subTheme: split.subTheme, subSubTheme: split.subSubTheme, priority };
}

function fromCells(cells: string[], warn: Warn): OtherThematic {
  const [c0 = "", c1 = "", c2 = "", c3 = ""] = cells;
  const positional =
    cells.length <= 4 &&
    parseSmallInt(c0) === null &&
    parseSmallInt(c1) === null &&
    parseSmallInt(c2) === null &&
    (c3 === "" || parseSmallInt(c3) !== null);
  if (positional && c0 !== "") {
    return {
      theme: c0,
      subTheme: valueOrNull(c1),
      subSubTheme: valueOrNull(c2),
      priority: c3 === "" ? null : parseSmallInt(c3),
    };
  }
  const filled = cells.filter((c) => c !== "");
  let priority: number | null = null;
  const last = filled[filled.length - 1];
  if (filled.length > 1 && last !== undefined && parseSmallInt(last) !== null) {
    priority = parseSmallInt(last);
    filled.pop();
  }
  const labels = filled.filter((c) => parseSmallInt(c) === null);
  if (labels.length > 3)
    warn(`otherThematics: row with ${labels.length} labels ${quote(cells.join(" | "))}; extra cells joined`);
  const theme = labels[0] ?? "";
  const subTheme = valueOrNull(labels[1]);
  const subSubTheme = labels.length > 2 ? valueOrNull(labels.slice(2).join(" ")) : null;
  if (theme === "") warn(`otherThematics: row without a theme ${quote(cells.join(" | "))}`);
  return { theme, subTheme, subSubTheme, priority };
}
