import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOSTILE_WORDS, hostileRows, repeatTo, SEPARATORS } from "@/lib/fiche/hostile-rows";
import { SPLITTERS, type Splitter } from "@/lib/fiche/splitters";
import { HEAVY } from "./helpers";

/**
 * Issue 12: one long row made the thematic splitter cubic (2,000 words: over a minute). Every
 * table splitter gets 50 kB rows — random words of the Atlas's vocabulary and hostile shapes —
 * and must come back with a reading of the right shape. Speed itself is measured by
 * `npm run bench:parse`, never asserted here; the timeout only stops a runaway splitter.
 */

const SIZE = 50_000;

/** A sane reading: the row's schema, and no text made up (nothing longer than the row). */
function expectSane(splitter: Splitter, text: string): void {
  const reading = splitter.split(text);
  const checked = splitter.output.safeParse(reading);
  expect(checked.success, `${splitter.name}: ${checked.success ? "" : JSON.stringify(checked.error.issues[0])}`).toBe(
    true,
  );
  const strings = JSON.stringify(reading).length;
  expect(strings, splitter.name).toBeLessThanOrEqual(2 * text.length + 200);
}

describe("every table splitter on 50 kB rows", () => {
  it.each(hostileRows(SIZE).map((row) => [row.name, row.text] as const))("%s", HEAVY, (_name, text) => {
    for (const splitter of SPLITTERS) expectSane(splitter, text);
  });

  it("random words, e-mails and separators repeated to 50 kB", HEAVY, () => {
    const word = fc.oneof(
      fc.constantFrom(...HOSTILE_WORDS),
      fc.constantFrom(...SEPARATORS),
      fc.string({ minLength: 1, maxLength: 10 }).map((s) => s.replace(/\s/g, "x")),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), (words) => {
        const text = repeatTo(words.join(" "), SIZE);
        for (const splitter of SPLITTERS) expectSane(splitter, text);
      }),
      { numRuns: 15 },
    );
  });
});
