import { canonicalLabel } from "./canonical-label";
import { LABELS, type SectionKey, type SectionKind } from "./label-table";

/**
 * Matching a line against the section labels (label-table.ts), through their canonical form
 * (canonical-label.ts): whole-line labels, inline "Label : value", the cheap heading pre-filter,
 * the triennial sentence and the embassy post headings.
 */

export interface LabelMatch {
  key: SectionKey;
  kind: SectionKind;
}

const exactIndex = new Map<string, LabelMatch>();
const prefixIndex: { canon: string; match: LabelMatch }[] = [];
for (const def of LABELS) {
  const match = { key: def.key, kind: def.kind };
  for (const label of def.exact) exactIndex.set(canonicalLabel(label), match);
  for (const label of def.prefix ?? []) prefixIndex.push({ canon: canonicalLabel(label), match });
}
prefixIndex.sort((a, b) => b.canon.length - a.canon.length);

/** Longest label spelling, in characters: lines much longer than this are never labels. */
export const MAX_LABEL_LENGTH = 160;

/** The section a whole line announces, or null. `canon` is canonicalLabel(line). */
export function matchLabelCanon(canon: string): LabelMatch | null {
  const exact = exactIndex.get(canon);
  if (exact) return exact;
  for (const p of prefixIndex) {
    if (canon.startsWith(p.canon) && (canon.length === p.canon.length || canon[p.canon.length] === " ")) return p.match;
  }
  return null;
}

/** The section a whole line announces, or null. */
export function matchLabel(line: string, canon?: string): LabelMatch | null {
  if (line.length > MAX_LABEL_LENGTH) return null;
  return matchLabelCanon(canon ?? canonicalLabel(line));
}

/** Lines longer than this are never headings of any kind, so they are not canonicalised. */
export const MAX_HEADING_LENGTH = 250;

/** Canonical form of a text's first word ("Maître(s)" → "maitre", "Contacts" → "contact"). */
export function firstWordCanon(text: string): string {
  const space = text.indexOf(" ");
  return canonicalLabel(space < 0 ? text : text.slice(0, space));
}

/** First word of every known heading → longest line (chars) that can still be such a heading. */
const headingFirstWords = new Map<string, number>();

/**
 * Registers phrases that may start a heading (labels here, furniture in noise.ts). `open`
 * phrases may be followed by more text (prefix labels, embassy headings), so any line up to
 * MAX_HEADING_LENGTH qualifies; a whole-line phrase only allows some slack for spacing, colons
 * and plurals.
 */
export function registerHeadingStarts(phrases: readonly string[], open = false): void {
  for (const phrase of phrases) {
    const first = firstWordCanon(phrase.trim());
    if (first === "") continue;
    const limit = open ? MAX_HEADING_LENGTH : Math.ceil(phrase.length * 1.3) + 8;
    headingFirstWords.set(first, Math.max(limit, headingFirstWords.get(first) ?? 0));
  }
}

/**
 * Cheap pre-filter: only a line whose first word starts some known heading, and which is not
 * longer than such a heading can be, may be one; other lines (nearly all free text) skip full
 * canonicalisation, the parser's hot spot.
 */
export function mayBeHeading(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH) return false;
  const limit = headingFirstWords.get(firstWordCanon(text));
  return limit !== undefined && text.length <= limit;
}

/**
 * "Label : value" on one line (HTML `<span>Titre :</span> value`, or hand-made files). Only
 * for scalar sections: a free-text line such as "Objectif de l'action : …" must stay text.
 */
export function matchInlineLabel(line: string): { match: LabelMatch; value: string } | null {
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null;
  const value = line.slice(colon + 1).trim();
  if (value === "") return null;
  const match = exactIndex.get(canonicalLabel(line.slice(0, colon)));
  if (match?.kind !== "scalar") return null;
  return { match, value };
}

registerHeadingStarts(LABELS.flatMap((def) => def.exact));
registerHeadingStarts(
  LABELS.flatMap((def) => def.prefix ?? []),
  true,
);

const TRIENNIAL = new Map<string, boolean>();
for (const subject of ["Le partenariat", "Le projet", "Ce partenariat", ""]) {
  TRIENNIAL.set(canonicalLabel(`${subject} est triennal`), true);
  TRIENNIAL.set(canonicalLabel(`${subject} n'est pas triennal`), false);
  TRIENNIAL.set(canonicalLabel(`${subject} n'est plus triennal`), false);
  registerHeadingStarts([`${subject} est triennal`, `${subject} n'est pas triennal`]);
}

/** "Le partenariat est triennal" → true, "Le projet n'est pas triennal" → false, else null. */
export function matchTriennial(line: string, canon?: string): boolean | null {
  if (line.length > 80) return null;
  return TRIENNIAL.get(canon ?? canonicalLabel(line)) ?? null;
}

const EMBASSY_PREFIXES = [
  "contact dans le poste diplomatique",
  "contact au sein du poste diplomatique",
  "contact du poste diplomatique",
  "poste diplomatique",
];
registerHeadingStarts(EMBASSY_PREFIXES, true);

/**
 * `Contacts dans le poste diplomatique "Ambassade de France à Ottawa"` → the post's name as
 * written ("" when the heading carries none, e.g. the name is on the next line); null when the
 * line is not such a heading.
 */
export function matchEmbassyHeading(line: string, canon?: string): string | null {
  if (line.length > MAX_HEADING_LENGTH) return null;
  const c = canon ?? canonicalLabel(line);
  if (!EMBASSY_PREFIXES.some((p) => c.startsWith(p))) return null;
  const quoted = /["“”«»„](.*)["“”«»„]/.exec(line);
  if (quoted) return quoted[1].trim();
  const after = /diplomatique\s*[:\-–]?\s*(.*)$/i.exec(line);
  return (after ? after[1] : "").replace(/^["“”«»„\s]+|["“”«»„\s]+$/g, "").trim();
}
