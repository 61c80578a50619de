import { describe, expect, it } from "vitest";
import { labelWidth, marginFor, spacedTicks } from "@/components/charts/axis-fit";

describe("chart label fitting", () => {
  const years = Array.from({ length: 30 }, (_, i) => String(1995 + i));

  it("keeps every year when they fit, and thins them out so none overlap when they do not", () => {
    expect(spacedTicks(years.slice(0, 8), 700)).toEqual(years.slice(0, 8));
    const shown = spacedTicks(years, 300);
    expect(shown.length).toBeLessThan(years.length);
    expect(shown[0]).toBe("1995");
    // Two shown labels are at least one label width (plus a gap) apart.
    const band = 300 / years.length;
    const step = years.indexOf(shown[1]) - years.indexOf(shown[0]);
    expect(step * band).toBeGreaterThanOrEqual(labelWidth("2020"));
  });

  it("gives an axis a margin wider than its longest label", () => {
    expect(marginFor(["12 345 678"])).toBeGreaterThan(labelWidth("12 345 678"));
    expect(marginFor([], 50)).toBe(50);
  });
});
