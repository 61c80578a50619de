import { fastFold } from "./fastfold";

/**
 * A row of the text layout as words, with each word folded once. Folding is character-local,
 * so the fold of a span of words is the join of the words' folds: every prefix/suffix lookup
 * (taxonomy, country names, partner names) is then a string join, not a re-fold.
 *
 * Words that fold to nothing ("-", ",", "•") cannot change a lookup, so label searches walk
 * the *units* instead: the words that fold to something, each carrying the empty words just
 * before it. A run of separators then costs nothing, and `foldLength` (constant time) lets a
 * search stop as soon as a span is longer than any label it looks for.
 */
export class Words {
  readonly words: string[];
  private readonly folded: string[];
  /** Index in `words` of each unit's word. */
  private readonly units: number[] = [];
  /** foldStart[u]: folded characters of units before u (without spaces). */
  private readonly foldStart: number[] = [0];

  constructor(text: string) {
    this.words = text.split(" ").filter((w) => w !== "");
    this.folded = this.words.map(fastFold);
    for (let i = 0; i < this.folded.length; i++) {
      const f = this.folded[i];
      if (f === "") continue;
      this.units.push(i);
      this.foldStart.push(this.foldStart[this.foldStart.length - 1] + f.length);
    }
  }

  get length(): number {
    return this.words.length;
  }

  /** Folded text of words [from, to). */
  fold(from: number, to: number = this.words.length): string {
    let out = "";
    for (let i = from; i < to; i++) {
      const f = this.folded[i];
      if (f !== "") out += (out ? " " : "") + f;
    }
    return out;
  }

  /** Original text of words [from, to), single-spaced. */
  text(from: number, to: number = this.words.length): string {
    return this.words.slice(from, to).join(" ");
  }

  /** Number of units (words that fold to something). */
  get unitCount(): number {
    return this.units.length;
  }

  /** Folded text of units [from, to). */
  unitFold(from: number, to: number = this.units.length): string {
    let out = "";
    for (let u = from; u < to; u++) out += (u > from ? " " : "") + this.folded[this.units[u]];
    return out;
  }

  /**
   * Folds of the spans starting at unit `from`, shortest first, for as long as the span is
   * the start of some label (`starts`, see labelStarts): spans[k] is unitFold(from, from + k + 1).
   * Built incrementally, so a start costs at most a label's length.
   */
  unitFoldsFrom(from: number, starts: ReadonlySet<string>): string[] {
    const spans: string[] = [];
    let fold = "";
    for (let u = from; u < this.units.length; u++) {
      fold = u === from ? this.folded[this.units[u]] : `${fold} ${this.folded[this.units[u]]}`;
      if (!starts.has(fold)) break;
      spans.push(fold);
    }
    return spans;
  }

  /** Index in `words` where unit `u` begins its own word (the row's length past the last unit). */
  wordOfUnit(u: number): number {
    return u < this.units.length ? this.units[u] : this.words.length;
  }

  /** Length of unitFold(from, to), in constant time. */
  foldLength(from: number, to: number = this.units.length): number {
    if (to <= from) return 0;
    return this.foldStart[to] - this.foldStart[from] + (to - from - 1);
  }

  /**
   * Original text of units [from, to): a unit starts right after the previous unit's word (so
   * separators before a label go with it) and the last unit runs to the end of the row.
   */
  unitText(from: number, to: number = this.units.length): string {
    const start = from === 0 ? 0 : this.units[from - 1] + 1;
    const end = to >= this.units.length ? this.words.length : this.units[to - 1] + 1;
    return this.text(start, end);
  }
}

/** Every word-boundary start of the folded labels ("a", "a b", "a b c" for "a b c"), labels included. */
export function labelStarts(foldedLabels: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const label of foldedLabels) {
    let end = label.indexOf(" ");
    while (end >= 0) {
      starts.add(label.slice(0, end));
      end = label.indexOf(" ", end + 1);
    }
    starts.add(label);
  }
  return starts;
}
