import { foldForMatch } from "../text/fold";

/**
 * The snippet under a search result: one or two passages of the project's text around the words
 * that matched, each matched word marked with U+0001…U+0002 (components/search/Highlighted.tsx
 * turns the marks into <mark>).
 *
 * Done here rather than with PostgreSQL's ts_headline, which parses and stems the whole text
 * again: for a page of 20 results that was ~10 ms of the search's 25. The tsquery already holds
 * the stems that matched; French stems are the start of the words they come from ("dechet" for
 * "déchets", "cooper" for "coopération"), so a word whose folded form starts with a stem of the
 * query is a match.
 */

const WORDS_PER_PASSAGE = 30;
const WORDS_BEFORE_MATCH = 8;
const MAX_PASSAGES = 2;
/** A stem shorter than this ("l", "pa") must be a whole word, or it would mark every word it starts. */
const SHORTEST_PREFIX = 3;

/** The lexemes of a tsquery's text form ("'eau' & ( 'clermont' | 'clermond' )"). */
export function queryLexemes(tsquery: string): string[] {
  const lexemes = new Set<string>();
  for (const m of tsquery.matchAll(/'((?:[^']|'')+)'/g)) lexemes.add(foldForMatch(m[1].replace(/''/g, "'")));
  return [...lexemes].filter(Boolean);
}

const foldedInitials = new Map<string, string>();
function foldedInitial(word: string): string {
  const c = word[0];
  let folded = foldedInitials.get(c);
  if (folded === undefined) foldedInitials.set(c, (folded = foldForMatch(c).charAt(0)));
  return folded;
}

function matcher(lexemes: string[]): (word: string) => boolean {
  const initials = new Set(lexemes.map((l) => l[0]));
  return (word) => {
    // Most words cannot match: their first letter is no stem's (folding every word cost more than the rest).
    if (!initials.has(foldedInitial(word))) return false;
    const folded = foldForMatch(word);
    return lexemes.some((l) => folded === l || (l.length >= SHORTEST_PREFIX && folded.startsWith(l)));
  };
}

/** Passages of `text` around the words matching `lexemes`, or null when no word matches. */
export function snippetOf(text: string | null, lexemes: string[]): string | null {
  if (!text || lexemes.length === 0) return null;
  const isMatch = matcher(lexemes);
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    match: isMatch(m[0]),
  }));
  const passages: string[] = [];
  let from = 0;
  while (passages.length < MAX_PASSAGES) {
    const hit = words.findIndex((w, i) => i >= from && w.match);
    if (hit < 0) break;
    const first = Math.max(from, hit - WORDS_BEFORE_MATCH);
    const last = Math.min(words.length, first + WORDS_PER_PASSAGE) - 1;
    let out = "";
    let at = words[first].start;
    for (let i = first; i <= last; i++) {
      const w = words[i];
      out +=
        text.slice(at, w.start) + (w.match ? `\u0001${text.slice(w.start, w.end)}\u0002` : text.slice(w.start, w.end));
      at = w.end;
    }
    // The punctuation that closes the last word (or the text) belongs to the passage.
    out += last === words.length - 1 ? text.slice(at) : (/^[^\s\p{L}\p{N}]*/u.exec(text.slice(at))?.[0] ?? "");
    passages.push(out.replace(/\s+/g, " ").trim());
    from = last + 1;
  }
  return passages.length ? passages.join(" … ") : null;
}
