import { foldForMatch } from "../text/fold";

/**
 * foldForMatch, character by character from a lookup table: label matching canonicalises most
 * lines of every fiche, and the regex chain of foldForMatch was the parser's main cost.
 * The table is computed from foldForMatch itself (each char folded between two letters, which
 * is exact because that fold is character-local), so results are identical; characters outside
 * the table send the whole string to foldForMatch.
 */

const TABLE_END = 0x0250; // Basic Latin … Latin Extended-B
const PUNCT_START = 0x2000; // General Punctuation block
const PUNCT_END = 0x2070;

const low: string[] = new Array(TABLE_END);
const punct: string[] = new Array(PUNCT_END - PUNCT_START);

function foldChar(ch: string): string {
  const folded = foldForMatch(`a${ch}a`);
  return folded.slice(1, -1);
}

for (let c = 0; c < TABLE_END; c++) low[c] = foldChar(String.fromCharCode(c));
for (let c = PUNCT_START; c < PUNCT_END; c++) punct[c - PUNCT_START] = foldChar(String.fromCharCode(c));

export function fastFold(value: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let f: string | undefined;
    if (c < TABLE_END) f = low[c];
    else if (c >= PUNCT_START && c < PUNCT_END) f = punct[c - PUNCT_START];
    else return foldForMatch(value);
    if (f === " ") {
      pendingSpace = out !== "";
      continue;
    }
    if (f === "") continue;
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    // A folded char may itself carry spaces (e.g. "a . a" cases); keep them single.
    out += f;
  }
  return out;
}
