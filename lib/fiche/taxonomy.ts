import { foldForMatch } from "../text/fold";
import data from "./taxonomy.json" with { type: "json" };
import { Words } from "./words";

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

export function isKnownTheme(label: string): boolean {
  return themes.has(foldForMatch(label));
}

export function isKnownSubTheme(label: string): boolean {
  return subThemes.has(foldForMatch(label));
}

export function isKnownSubSubTheme(label: string): boolean {
  return subSubThemes.has(foldForMatch(label));
}

export interface ThematicSplit {
  theme: string;
  subTheme: string | null;
  subSubTheme: string | null;
  /** False when part of the row was not found in the vocabulary (best reading). */
  certain: boolean;
}

interface Candidate extends ThematicSplit {
  score: number;
}

/**
 * Splits a flattened "theme sub-theme sub-sub-theme" text. Every theme prefix and sub-theme
 * span is tried and scored (known labels, parent/child consistency, nothing left unexplained);
 * the best reading wins. Labels are returned as written in the fiche.
 */
export function splitThematicText(text: string): ThematicSplit {
  const w = new Words(text);
  const n = w.length;
  // Held in an object: TypeScript does not track assignments made inside the closure.
  const found: { best: Candidate | null } = { best: null };
  const consider = (c: Candidate): void => {
    if (!found.best || c.score > found.best.score) found.best = c;
  };

  for (let k1 = 1; k1 <= n; k1++) {
    const t = w.fold(0, k1);
    if (!themes.has(t)) continue;
    if (k1 === n) {
      consider({ theme: w.text(0), subTheme: null, subSubTheme: null, certain: true, score: 4 + 3 });
      continue;
    }
    let foundSub = false;
    for (let k2 = k1 + 1; k2 <= n; k2++) {
      const s = w.fold(k1, k2);
      const parents = subThemes.get(s);
      if (!parents) continue;
      foundSub = true;
      const base = 4 + 2 + (parents.has(t) ? 1 : 0);
      if (k2 === n) {
        consider({ theme: w.text(0, k1), subTheme: w.text(k1), subSubTheme: null, certain: true, score: base + 3 });
        continue;
      }
      const rest = w.fold(k2);
      const subParents = subSubThemes.get(rest);
      if (subParents) {
        consider({ theme: w.text(0, k1), subTheme: w.text(k1, k2), subSubTheme: w.text(k2), certain: true, score: base + 2 + (subParents.has(s) ? 1 : 0) + 3 });
      } else {
        consider({ theme: w.text(0, k1), subTheme: w.text(k1, k2), subSubTheme: w.text(k2), certain: false, score: base });
      }
    }
    if (!foundSub) consider({ theme: w.text(0, k1), subTheme: w.text(k1), subSubTheme: null, certain: false, score: 4 });
  }
  if (found.best) return strip(found.best);

  // Unknown theme: anchor on a known sub-theme inside the row.
  for (let i = 1; i < n; i++) {
    for (let k2 = n; k2 > i; k2--) {
      const s = w.fold(i, k2);
      if (!subThemes.has(s)) continue;
      const subSub = k2 < n ? w.text(k2) : null;
      const known = k2 === n || subSubThemes.has(w.fold(k2));
      consider({ theme: w.text(0, i), subTheme: w.text(i, k2), subSubTheme: subSub, certain: false, score: 2 + (known ? 2 : 0) });
    }
  }
  if (found.best) return strip(found.best);
  return { theme: w.text(0), subTheme: null, subSubTheme: null, certain: false };
}

function strip(c: Candidate): ThematicSplit {
  return { theme: c.theme, subTheme: c.subTheme, subSubTheme: c.subSubTheme, certain: c.certain };
}
