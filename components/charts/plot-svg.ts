import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/**
 * Renders an Observable Plot chart on the server (linkedom stands in for the DOM) and returns
 * its markup. The chart is shown as one image named by its wrapper, so Plot's per-mark
 * aria-labels are removed: read out of context they mean nothing, and axe reports them as
 * prohibited on unnamed <g> elements (a serious violation).
 * Plot's own <style> elements get the request's CSP nonce (lib/http/csp.ts), or the browser
 * drops them.
 */
export function plotMarkup(options: Plot.PlotOptions, nonce: string | undefined): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const chart = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  for (const node of [chart, ...chart.querySelectorAll("[aria-label],[aria-description]")]) {
    node.removeAttribute("aria-label");
    node.removeAttribute("aria-description");
  }
  if (nonce) for (const style of chart.querySelectorAll("style")) style.setAttribute("nonce", nonce);
  for (const svg of chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")])
    svg.setAttribute("aria-hidden", "true");
  return chart.outerHTML;
}
