import { describe, expect, it } from "vitest";
import { benchSplitters, benchTexts } from "@/lib/fiche/bench";
import { SPLITTERS } from "@/lib/fiche/splitters";
import { seedFiches } from "../../../scripts/bench-parse";
import { HEAVY } from "./helpers";

// What the bench measures, never how fast: speed is `npm run bench:parse`, not a unit test.
describe("bench API", () => {
  it("the bench parses the three seed fiches (not the context texts)", () => {
    expect(seedFiches()).toHaveLength(3);
  });

  it("benchTexts counts every parse of every text, and nothing for no text", HEAVY, () => {
    expect(benchTexts(seedFiches(), 2)).toMatchObject({ fiches: 6 });
    expect(benchTexts([], 2)).toEqual({ fichesPerSecond: 0, cpuFichesPerSecond: 0, fiches: 0, ms: 0 });
  });

  it("benchSplitters reports every splitter with its slowest hostile row", HEAVY, () => {
    const timings = benchSplitters(2_000, 1);
    expect(timings.map((t) => t.splitter)).toEqual(SPLITTERS.map((s) => s.name));
    for (const t of timings) expect(t.row).not.toBe("");
  });
});
