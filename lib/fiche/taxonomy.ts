import { foldForMatch } from "../text/fold";
import data from "./taxonomy.json" with { type: "json" };
import { labelStarts, Words } from "./words";

/**
 * The Atlas thematic vocabulary (taxonomy.json), indexed by folded label, and the splitter for
 * flattened "Autres thématiques" rows ("Economie durable Aménagement du territoire et
 * transports Planification et développement urbain"), which have no cell boundaries.
 */

interface TaxonomyFile {
  themes: { label: string; subThemes: { label: string; subSubThemes: string[] }[] }[];
}

const themes = new Set<string>();
const subThemes = new Map<string, Set<string>>(); // folded sub-theme → folded parent themes
const subSubThemes = new Map<string, Set<string>>(); // folded sub-sub-theme → folded parents

for (const theme of (data as TaxonomyFile).themes) {
  const t = foldForMatch(theme.label);
  themes.add(t);
  for (const sub of theme.subThemes) {
    const s = foldForMatch(sub.label);
    if (!subThemes.has(s)) subThemes.set(s, new Set());
    subThemes.get(s)!.add(t);
    for (const subSub of sub.subSubThemes) {
      const ss = foldForMatch(subSub);
      if (!subSubThemes.has(ss)) subSubThemes.set(ss, new Set());
      subSubThemes.get(ss)!.add(s);
    }
  }
}

/** Folded themes and sub-themes (volunteer tables name their field of action with them). */
export function themeAndSubThemeFolds(): string[] {
  return [...themes, ...subThemes.keys()];
}

export interface ThematicSplit {
  theme: string;
  subTheme: string | null;
  subSubTheme: string | null;
  /** False when part of the row was not found in the vocabulary (best reading). */
  certain: boolean;
}

/** A reading of the row: where it is cut (unit indices), how good it is. */
interface Reading {
  cuts: number[];
  certain: boolean;
  score: number;
  /** Units explained by known labels: on equal scores the longest known labels win. */
  known: number;
}

const THEME_STARTS = labelStarts(themes);
const SUB_STARTS = labelStarts(subThemes.keys());
const MAX_SUB_SUB = Math.max(...[...subSubThemes.keys()].map((l) => l.length));

/**
 * Splits a flattened "theme sub-theme sub-sub-theme" text. Every theme prefix and sub-theme
 * span is tried and scored (known labels, parent/child consistency, nothing left unexplained);
 * the best reading wins. Labels are returned as written in the fiche, without the separators
 * around the cuts ("Environnement, Climat et Energie, Eau et assainissement").
 *
 * Linear in the row: a span only grows while it is the start of some label, so each start
 * position costs at most a label's length.
 */
export function splitThematicText(text: string): ThematicSplit {
  const w = new Words(text);
  const best = knownThemeReading(w) ?? knownSubThemeReading(w);
  if (!best) return { theme: w.text(0), subTheme: null, subSubTheme: null, certain: false };
  const bounds = [0, ...best.cuts, w.unitCount];
  const pieces = bounds.slice(1).map((end, i) => trimSeparators(w.unitText(bounds[i], end)));
  return { theme: pieces[0], subTheme: pieces[1] || null, subSubTheme: pieces[2] || null, certain: best.certain };
}

/** Higher score wins, then more known words; on a full tie the first reading found stays. */
function better(a: Reading | null, b: Reading): Reading {
  if (!a || b.score > a.score || (b.score === a.score && b.known > a.known)) return b;
  return a;
}

/**
 * For readings that start with a known theme: a certain reading wins; between uncertain ones
 * the one explaining more words wins, so "Environnement, Climat et Energie Sciences
 * participatives" keeps its whole theme instead of reading "Climat" (a sub-theme) after
 * "Environnement" and leaving "et Energie…" unexplained.
 */
function betterThemeReading(a: Reading | null, b: Reading): Reading {
  if (!a || a.certain !== b.certain) return a?.certain ? a : b;
  if (b.certain) return better(a, b);
  if (b.known !== a.known) return b.known > a.known ? b : a;
  return b.score > a.score ? b : a;
}

/** Readings that start with a known theme. */
function knownThemeReading(w: Words): Reading | null {
  const m = w.unitCount;
  let best: Reading | null = null;
  const themeSpans = w.unitFoldsFrom(0, THEME_STARTS);
  for (let k1 = 1; k1 <= themeSpans.length; k1++) {
    const t = themeSpans[k1 - 1];
    if (!themes.has(t)) continue;
    if (k1 === m) {
      best = betterThemeReading(best, { cuts: [], certain: true, score: 4 + 3, known: m });
      continue;
    }
    let foundSub = false;
    const subSpans = w.unitFoldsFrom(k1, SUB_STARTS);
    for (let k2 = k1 + 1; k2 <= k1 + subSpans.length; k2++) {
      const s = subSpans[k2 - k1 - 1];
      const parents = subThemes.get(s);
      if (!parents) continue;
      foundSub = true;
      const base = 4 + 2 + (parents.has(t) ? 1 : 0);
      if (k2 === m) {
        best = betterThemeReading(best, { cuts: [k1], certain: true, score: base + 3, known: m });
        continue;
      }
      const subParents = w.foldLength(k2) <= MAX_SUB_SUB ? subSubThemes.get(w.unitFold(k2)) : undefined;
      if (subParents)
        best = betterThemeReading(best, {
          cuts: [k1, k2],
          certain: true,
          score: base + 2 + (subParents.has(s) ? 1 : 0) + 3,
          known: m,
        });
      else best = betterThemeReading(best, { cuts: [k1, k2], certain: false, score: base, known: k2 });
    }
    if (!foundSub) best = betterThemeReading(best, { cuts: [k1], certain: false, score: 4, known: k1 });
  }
  return best;
}

/** Unknown theme: anchor on a known sub-theme inside the row. */
function knownSubThemeReading(w: Words): Reading | null {
  const m = w.unitCount;
  let best: Reading | null = null;
  for (let i = 1; i < m; i++) {
    const spans = w.unitFoldsFrom(i, SUB_STARTS);
    // Longest sub-theme first: on equal readings the first one found is kept.
    for (let k2 = i + spans.length; k2 > i; k2--) {
      if (!subThemes.has(spans[k2 - i - 1])) continue;
      const known = k2 === m || (w.foldLength(k2) <= MAX_SUB_SUB && subSubThemes.has(w.unitFold(k2)));
      const cuts = k2 < m ? [i, k2] : [i];
      best = better(best, { cuts, certain: false, score: 2 + (known ? 2 : 0), known: (known ? m : k2) - i });
    }
  }
  return best;
}

const SEPARATOR = new Set([..." ,;:/|-–—•"]);

/** The label without the separators the flattening left at its ends (a char loop: no regex backtracking on long rows). */
function trimSeparators(label: string): string {
  let start = 0;
  let end = label.length;
  while (start < end && SEPARATOR.has(label[start])) start++;
  while (end > start && SEPARATOR.has(label[end - 1])) end--;
  return label.slice(start, end);
}
