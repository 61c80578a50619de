import { type Item, line, row } from "../items";

/**
 * `markdown` layout: pipe tables become rows with cells; the row right before a `---|---`
 * separator is the header. Other lines stay lines, with heading marks, whole-line emphasis and
 * links reduced to their text so labels read the same as in the text layout.
 */

const SEPARATOR = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function isMarkdownSeparator(text: string): boolean {
  return SEPARATOR.test(text.trim());
}

/** A pipe-table row: starts or ends with a pipe, or has at least two " | " cell breaks. */
export function looksLikePipeRow(text: string): boolean {
  const t = text.trim();
  if (t.length < 2) return false;
  if (t.startsWith("|") || t.endsWith("|")) return true;
  return (t.match(/ \| /g) ?? []).length >= 2;
}

function inline(text: string): string {
  if (!/[[<\\!]/.test(text)) return text;
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ") // images (icons) carry nothing
    .replace(/\[([^\]]*)\]\((?:mailto:)?([^)]*)\)/g, (_m, label: string, href: string) => label.trim() || href)
    .replace(/<(?:mailto:)?([^<>\s@]+@[^<>\s]+)>/g, "$1")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

function unwrapLine(text: string): string {
  let t = text.trim();
  if (t.startsWith("#")) t = t.replace(/^#{1,6}\s+/, "").replace(/\s+#+\s*$/, "");
  const em = /^(\*\*|__|\*|_)(.+)\1$/.exec(t);
  if (em) t = em[2];
  return inline(t);
}

function splitCells(text: string): string[] {
  let t = text.trim();
  if (t.startsWith("|")) t = t.slice(1);
  if (t.endsWith("|") && !t.endsWith("\\|")) t = t.slice(0, -1);
  const cells: string[] = [];
  let current = "";
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === "\\" && t[i + 1] === "|") {
      current += "|";
      i++;
    } else if (ch === "|") {
      cells.push(current);
      current = "";
    } else current += ch;
  }
  cells.push(current);
  return cells.map((c) => inline(c).trim());
}

export function readMarkdown(text: string): Item[] {
  const items: Item[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    if (isMarkdownSeparator(raw)) {
      const prev = items[items.length - 1];
      if (prev && prev.kind === "row") prev.header = true;
      continue;
    }
    if (/^\s*(?:[-*_]\s*){3,}$/.test(raw)) continue; // horizontal rule
    if (looksLikePipeRow(raw)) items.push(row(splitCells(raw)));
    else items.push(line(unwrapLine(raw)));
  }
  return items;
}
