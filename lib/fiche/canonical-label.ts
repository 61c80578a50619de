import { fastFold } from "./fastfold";

/**
 * Canonical form of a label: folded (accents, case, punctuation), "(s)"/"(e)" dropped, the
 * "du/de/le projet|partenariat" family reduced to one token, and words singularised — so
 * "Le projet est :", "LE PARTENARIAT EST" and "Le partenariat est" are all equal.
 */
export function canonicalLabel(value: string): string {
  // Short strings (first words, table cells, labels) recur across lines and fiches: memoise
  // them in a bounded cache; long lines are computed each time.
  if (value.length > MEMO_MAX_LENGTH) return computeCanonical(value);
  let c = memo.get(value);
  if (c === undefined) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    c = computeCanonical(value);
    memo.set(value, c);
  }
  return c;
}

const MEMO_MAX_LENGTH = 64;
const MEMO_MAX_ENTRIES = 8192;
const memo = new Map<string, string>();

function computeCanonical(value: string): string {
  const stripped = value.includes("(") ? value.replace(/\((?:s|e|es|x|le|la|ne)\)/gi, "") : value;
  const folded = fastFold(/[*#|?!]/.test(stripped) ? stripped.replace(/[*#|?!]+/g, " ") : stripped);
  const merged = !/proj|partenariat/.test(folded)
    ? folded
    : folded
        .replace(
          /\b(?:(?:pour|dans|sur|de|a) )?(?:du|de la|de|le|la|l|d|un|une|ce|cet|cette|votre) (?:projet|partenariat)\b/g,
          " §p ",
        )
        .replace(/\b(?:projet|partenariat)\b/g, " §p ");
  let out = "";
  for (const word of merged.split(" ")) {
    if (word === "") continue;
    // Singular: a final "s" goes on words of 5+ letters not ending in "ss" (thématiques, mises).
    const plural =
      word.length >= 5 && word.charCodeAt(word.length - 1) === 115 && word.charCodeAt(word.length - 2) !== 115;
    out += (out ? " " : "") + (plural ? word.slice(0, -1) : word);
  }
  return out;
}
