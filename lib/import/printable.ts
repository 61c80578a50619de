/**
 * File names and fiche text end up in the lines the importer prints. A name may hold a newline
 * (forging a line of the summary), a terminal escape or a bidi override: such characters are
 * shown escaped, never written as they are.
 */

/** Control and format characters: C0/C1 controls, DEL, bidi and zero-width marks, line/paragraph separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "gu");

const SHORT_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function escapeChar(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * A path as printed: unchanged when it is plain, otherwise quoted the way JSON.stringify quotes
 * it (with the controls JSON leaves alone, such as U+0085 or U+202E, escaped too).
 */
export function printablePath(file: string): string {
  if (!UNPRINTABLE.test(file)) return file;
  return JSON.stringify(file).replace(UNPRINTABLE_ALL, escapeChar);
}

/** Any other text on one printed line (a reason, a warning that names a file): escaped in place. */
export function printableLine(text: string): string {
  return text.replace(UNPRINTABLE_ALL, escapeChar);
}
