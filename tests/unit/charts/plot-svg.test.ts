import * as Plot from "@observablehq/plot";
import { describe, expect, it } from "vitest";
import { plotMarkup } from "@/components/charts/plot-svg";

describe("plotMarkup", () => {
  const options: Plot.PlotOptions = {
    color: { legend: true, domain: ["a", "b"] },
    marks: [
      Plot.barY(
        [
          { x: "2020", y: 1, s: "a" },
          { x: "2020", y: 2, s: "b" },
        ],
        { x: "x", y: "y", fill: "s" },
      ),
    ],
  };

  it("gives each of Plot's <style> elements (chart and legend) the CSP nonce", () => {
    const markup = plotMarkup(options, "abc123==");
    const styles = markup.match(/<style[^>]*>/g) ?? [];
    expect(styles.length).toBeGreaterThanOrEqual(2);
    for (const tag of styles) expect(tag).toContain('nonce="abc123=="');
  });

  it("without a nonce (no proxy, e.g. a script), leaves the styles as Plot wrote them", () => {
    expect(plotMarkup(options, undefined)).not.toContain("nonce=");
  });
});
