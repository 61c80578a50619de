import { describe, expect, it } from "vitest";
import { benchTexts } from "@/lib/fiche/bench";
import { benchParse, seedFiches } from "../../../scripts/bench-parse";

// Not a timing assertion (timed tests are flaky): only that the bench API works.
describe("bench API", () => {
  it("benchTexts and benchParse report a throughput", () => {
    expect(seedFiches()).toHaveLength(3);
    expect(benchTexts(seedFiches(), 2).fichesPerSecond).toBeGreaterThan(0);
    expect(benchParse(2).fichesPerSecond).toBeGreaterThan(0);
    expect(benchTexts([], 2).fichesPerSecond).toBe(0);
  });
});
