import { type Item, line } from "./items";
import { canonicalLabel } from "./canonical-label";
import type { SectionKey, SectionKind } from "./label-table";
import {
  matchEmbassyHeading,
  matchInlineLabel,
  matchLabel,
  matchTriennial,
  MAX_HEADING_LENGTH,
  mayBeHeading,
} from "./labels";
import { clean } from "./normalize";
import { isFurniture, isPageNumber, isPaginationLine, stripIcons } from "./noise";

/**
 * Label-driven section splitting. Every line that is a known label (labels.ts) opens a section;
 * what follows, up to the next label, is its content. Page furniture is dropped first.
 *
 * Rules that make the split robust:
 * - a label repeated before its section has content is the same section ("Contexte\nContexte",
 *   the doubled table titles of the text layout);
 * - inside free text, a label of a section already filled is text, not a new section;
 * - "Label : value" on one line opens a scalar section with that value;
 * - an HTML label/value row (first cell a label) opens the section with the other cells;
 * - "Le partenariat est (n'est pas) triennal" is a statement, not a heading: it records the
 *   flag and ends the current section so it is never read as a table row.
 */

export type SectionId = SectionKey | "embassy" | "preamble";

export interface Section {
  key: SectionId;
  kind: SectionKind | "embassy";
  items: Item[];
  /** Embassy post name (embassy sections only). */
  post?: string;
}

export interface SplitResult {
  sections: Section[];
  triennial: boolean | null;
}

/** An item ready for splitting; `canon` is the line's canonical label form when short enough. */
interface Prepared {
  item: Item;
  canon: string | null;
}

/** Cleans lines and cells, drops empty lines, furniture and pagination runs. */
function prepare(items: readonly Item[]): Prepared[] {
  const cleaned: Prepared[] = [];
  for (const item of items) {
    if (item.kind === "line") {
      const text = clean(stripIcons(item.text));
      if (text === "") continue;
      // Canonicalised once here and reused by every matcher (it is the parser's hot spot).
      const canon = mayBeHeading(text) ? canonicalLabel(text) : null;
      if (isFurniture(text, canon)) continue;
      cleaned.push({ item: line(text), canon });
    } else {
      const cells = item.cells.map(cleanCellKeepingLines);
      const filledCells = cells.filter((c) => c !== "");
      if (filledCells.length === 0) continue;
      if (filledCells.length === 1 && isFurniture(clean(filledCells[0]))) continue;
      cleaned.push({ item: { kind: "row", cells, header: item.header }, canon: null });
    }
  }
  // Pagination: marker lines, plus bare page numbers touching a marker line.
  const text = (p: Prepared): string | null => (p.item.kind === "line" ? p.item.text : null);
  const pag = cleaned.map((p) => text(p) !== null && isPaginationLine(text(p)!));
  const isNum = cleaned.map((p) => text(p) !== null && isPageNumber(text(p)!));
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < cleaned.length; i++) {
      if (!pag[i] && isNum[i] && (pag[i - 1] || pag[i + 1])) pag[i] = true;
    }
    for (let i = cleaned.length - 1; i >= 0; i--) {
      if (!pag[i] && isNum[i] && (pag[i - 1] || pag[i + 1])) pag[i] = true;
    }
  }
  return cleaned.filter((_, i) => !pag[i]);
}

export function splitSections(rawItems: readonly Item[]): SplitResult {
  const items = prepare(rawItems);
  const sections: Section[] = [];
  const filled = new Set<SectionId>();
  let triennial: boolean | null = null;
  let current: Section = { key: "preamble", kind: "ignored", items: [] };
  sections.push(current);

  const open = (section: Section): void => {
    current = section;
    sections.push(section);
  };
  /** `canon`: the line's canonical form, null when the pre-filter ruled out any label. */
  const append = (item: Item, canon?: string | null): void => {
    // "the section's own label not repeated at its start" (contract): "Contexte\nContexte\n…".
    if (
      current.items.length === 0 &&
      item.kind === "line" &&
      canon !== null &&
      matchLabel(item.text, canon)?.key === current.key
    )
      return;
    current.items.push(item);
    filled.add(current.key);
  };
  /** Opens a labelled section unless the rules above say the label is content. */
  const openLabel = (key: SectionKey, kind: SectionKind, labelText: string, content: Item[]): void => {
    if (current.key === key && current.items.length === 0) {
      for (const item of content) append(item); // the label repeated before any content: same section
      return;
    }
    if (current.kind === "text" && filled.has(key) && content.length === 0) {
      append(line(labelText), null);
      return;
    }
    open({ key, kind, items: [] });
    for (const item of content) append(item);
  };

  for (const { item, canon: lineCanon } of items) {
    const head = item.kind === "line" ? (lineCanon === null ? null : item.text) : firstLabelCell(item);
    if (head !== null && head.length <= MAX_HEADING_LENGTH) {
      const canon = lineCanon ?? canonicalLabel(head);
      const rest: Item[] = item.kind === "line" ? [] : restCells(item);
      const post = matchEmbassyHeading(head, canon);
      if (post !== null) {
        open({ key: "embassy", kind: "embassy", items: [], post });
        for (const r of rest) append(r);
        continue;
      }
      const tri = matchTriennial(head, canon);
      if (tri !== null) {
        triennial = tri;
        open({ key: "ignored", kind: "ignored", items: [] });
        continue;
      }
      const label = matchLabel(head, canon);
      if (label) {
        openLabel(label.key, label.kind, head, rest);
        continue;
      }
    }
    if (item.kind === "line" && item.text.includes(":")) {
      const inline = matchInlineLabel(item.text);
      if (inline && !(current.kind === "text" && filled.has(inline.match.key))) {
        openLabel(inline.match.key, inline.match.kind, item.text, [line(inline.value)]);
        continue;
      }
    }
    append(item, item.kind === "line" ? lineCanon : undefined);
  }
  return { sections, triennial };
}

/** First cell of a label/value row (HTML `<tr><th>Titre</th><td>…</td></tr>`), or null. */
function firstLabelCell(item: Item & { kind: "row" }): string | null {
  const filledCells = item.cells.filter((c) => c !== "");
  if (filledCells.length === 0 || filledCells.length > 2) return null;
  return clean(filledCells[0]);
}

/** A cell cleaned like a line, except that "\n" (paragraphs in HTML cells) is kept. */
function cleanCellKeepingLines(cell: string): string {
  const c = stripIcons(cell);
  return c.includes("\n") ? c.split("\n").map(clean).join("\n").trim() : clean(c);
}

function restCells(item: Item & { kind: "row" }): Item[] {
  const filledCells = item.cells.filter((c) => c !== "");
  return filledCells
    .slice(1)
    .flatMap((c) => c.split("\n"))
    .map((t) => clean(t))
    .filter((t) => t !== "")
    .map(line);
}
