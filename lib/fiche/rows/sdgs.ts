import type { Sdg } from "../schema";
import { clean, parseSmallInt, valueOrNull } from "../normalize";
import { sdgGoalFromLabel } from "../sdg";
import type { TableRow, TableSpec } from "../tables";
import { quote, type Warn } from "./warn";

export const SDG_TABLE: TableSpec = {
  columns: [
    "Objectif de développement durable",
    "Objectifs de développement durable",
    "ODD",
    "Objectif",
    "Libellé",
    "Priorité",
  ],
  headerStarts: ["Objectif de développement durable", "ODD Priorité", "Objectif Priorité"],
};

const GOAL_LABEL = /^(?:ODD|SDG|Objectif)?\s*n?°?\s*(\d{1,2})\s*(?:[-–—:.)]\s*|\s+|$)(.*)$/i;

/**
 * "11 - Villes et communautés durables 2" → goal 11, label, priority 2. The priority is a
 * trailing integer (SDG labels never end with a digit); cells give it in their own column.
 * A row whose goal cannot be read (no number, unknown label) cannot be represented and is
 * reported, since the contract requires goal ∈ 1..17.
 */
export function parseSdg(row: TableRow, warn: Warn): Sdg | null {
  let text: string;
  let priority: number | null = null;
  if (row.kind === "cells") {
    const filled = row.cells.filter((c) => c !== "");
    if (filled.length > 1 && parseSmallInt(filled[filled.length - 1]) !== null) priority = parseSmallInt(filled.pop()!);
    text = filled.join(" ");
  } else {
    const words = row.text.split(" ");
    if (words.length > 1 && parseSmallInt(words[words.length - 1]) !== null) priority = parseSmallInt(words.pop()!);
    text = words.join(" ");
  }
  text = clean(text);
  const m = GOAL_LABEL.exec(text);
  let goal = m ? Number(m[1]) : null;
  let label = m ? valueOrNull(m[2]) : valueOrNull(text);
  if (goal === null || goal < 1 || goal > 17) {
    const byLabel = sdgGoalFromLabel(m ? (m[2] ?? "") : text) ?? sdgGoalFromLabel(text);
    if (byLabel === null) {
      warn(`sdgs: cannot read a goal 1-17 in row ${quote(text)}; row skipped`);
      return null;
    }
    goal = byLabel;
    label = valueOrNull(text);
  }
  return { goal, label, priority };
}
