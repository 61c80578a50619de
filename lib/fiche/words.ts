import { fastFold } from "./fastfold";

/**
 * A row of the text layout as words, with each word folded once. Folding is character-local,
 * so the fold of a span of words is the join of the words' folds: every prefix/suffix lookup
 * (taxonomy, country names, partner names) is then a string join, not a re-fold.
 */
export class Words {
  readonly words: string[];
  private readonly folded: string[];

  constructor(text: string) {
    this.words = text.split(" ").filter((w) => w !== "");
    this.folded = this.words.map(fastFold);
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
}
