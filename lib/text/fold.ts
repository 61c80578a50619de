/**
 * Folds a label for comparison: no accents, lower case, hyphens/apostrophes/punctuation
 * as spaces, whitespace collapsed. "Etats-Unis d'Amérique" and "États Unis d’Amerique"
 * fold to the same key. Shared leaf module: imports nothing from the project.
 */
export function foldForMatch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[‐-―'’`´‘"“”«».,;:()/\-_]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
