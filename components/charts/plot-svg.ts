import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/**
 * Renders an Observable Plot chart on the server (linkedom stands in for the DOM) and returns
 * its markup. The chart is shown as one image named by its wrapper, so Plot's per-mark
 * aria-labels are removed: read out of context they mean nothing, and axe reports them as
 * prohibited on unnamed <g> elements (a serious violation).
 */
export function plotMarkup(options: Plot.PlotOptions): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const chart = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  for (const node of [chart, ...chart.querySelectorAll("[aria-label],[aria-description]")]) {
    node.removeAttribute("aria-label");
    node.removeAttribute("aria-description");
  }
  for (const svg of chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")]) svg.setAttribute("aria-hidden", "true");
  return chart.outerHTML;
}
