import type { Item } from "./items";
import { canonicalLabel } from "./canonical-label";
import { clean } from "./normalize";
import { isPageNumber } from "./noise";

/**
 * Turns a table section's items into data rows: header rows (recognised by their column
 * names, in any layout) are dropped; rows with real cells keep them, flattened lines stay flat
 * for the row splitters.
 */

export type TableRow = { kind: "cells"; cells: string[] } | { kind: "flat"; text: string };

export interface TableSpec {
  /** Column headings as the Atlas prints them. */
  columns: string[];
  /** Distinctive first-column headings: a flattened line starting with one is the header. */
  headerStarts: string[];
}

interface CompiledSpec {
  /** Folded first words of every heading: a flattened row starting otherwise is data. */
  firstWords: Set<string>;
  columns: Set<string>;
  removal: RegExp;
  starts: string[];
}

const compiled = new WeakMap<TableSpec, CompiledSpec>();

function compile(spec: TableSpec): CompiledSpec {
  let c = compiled.get(spec);
  if (c) return c;
  const columns = [...new Set(spec.columns.map(canonicalLabel))].sort((a, b) => b.length - a.length);
  const escaped = columns.map((col) => col.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  c = {
    firstWords: new Set([...columns, ...spec.headerStarts.map(canonicalLabel)].map((col) => col.split(" ")[0])),
    columns: new Set(columns),
    removal: new RegExp(`(?:^| )(?:${escaped.join("|")})(?= |$)`, "g"),
    starts: spec.headerStarts.map(canonicalLabel),
  };
  compiled.set(spec, c);
  return c;
}

function isHeaderText(text: string, spec: CompiledSpec): boolean {
  const space = text.indexOf(" ");
  if (!spec.firstWords.has(canonicalLabel(space < 0 ? text : text.slice(0, space)))) return false;
  const canon = canonicalLabel(text);
  if (canon === "") return false;
  if (spec.starts.some((s) => canon === s || canon.startsWith(`${s} `))) return true;
  let rest = canon;
  for (let i = 0; i < 4; i++) {
    const next = rest.replace(spec.removal, " ").trim();
    if (next === rest) break;
    rest = next;
  }
  return rest === "";
}

function isHeaderCells(cells: string[], spec: CompiledSpec): boolean {
  const filled = cells.filter((c) => c !== "");
  if (filled.length === 0) return false;
  // A header row starts with a column name: test that first, it rejects data rows cheaply.
  const first = canonicalLabel(filled[0]);
  if (spec.starts.includes(first)) return true;
  if (!spec.columns.has(first)) return false;
  return filled.every((c, i) => i === 0 || spec.columns.has(canonicalLabel(c)));
}

/**
 * `items` come from splitSections, already cleaned (whitespace, icons); only the paragraph
 * breaks kept inside HTML cells are flattened here. Placeholders are kept: the row parsers
 * map them to null where a field allows it.
 */
export function tableRows(items: readonly Item[], spec: TableSpec): TableRow[] {
  const c = compile(spec);
  const rows: TableRow[] = [];
  for (const item of items) {
    if (item.kind === "line") {
      const text = item.text;
      if (text === "" || isPageNumber(text) || isHeaderText(text, c)) continue;
      rows.push({ kind: "flat", text });
    } else {
      const cells = item.cells.map((cell) => (cell.includes("\n") ? clean(cell) : cell));
      // Trailing empty cells come from "| a | b | | | |" rows; leading ones are kept (positional).
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      if (cells.length === 0) continue;
      if (item.header || isHeaderCells(cells, c)) continue;
      if (cells.length === 1 && isPageNumber(cells[0])) continue;
      rows.push({ kind: "cells", cells });
    }
  }
  return rows;
}

/** Non-empty cells, in order (for tables whose cells drift, e.g. funding). */
export function filledCells(cells: readonly string[]): string[] {
  return cells.filter((cell) => cell !== "");
}
