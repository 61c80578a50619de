import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

/**
 * A stacked bar chart drawn on the server with Observable Plot into static SVG: no chart
 * JavaScript is sent to the browser. The data table beside it carries the same figures for
 * screen-reader users, so the SVG itself is marked as an image with a summary.
 */
export interface StackedDatum {
  x: string;
  series: string;
  value: number;
}

export function StackedBarChart({ data, title, yLabel = "€", colors }: { data: StackedDatum[]; title: string; yLabel?: string; colors?: Record<string, string> }) {
  if (data.length === 0) return null;
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const series = [...new Set(data.map((d) => d.series))];
  const chart = Plot.plot({
    document: document as unknown as Document,
    width: 640,
    height: 260,
    marginLeft: 70,
    style: { fontSize: "12px", fontFamily: "inherit", background: "transparent" },
    x: { label: null, type: "band" },
    y: { label: yLabel, grid: true, tickFormat: (v: number) => v.toLocaleString("fr-FR") },
    color: {
      legend: true,
      domain: series,
      range: colors ? series.map((s) => colors[s] ?? "#64748b") : undefined,
      scheme: colors ? undefined : "tableau10",
    },
    marks: [Plot.barY(data, { x: "x", y: "value", fill: "series", title: (d: StackedDatum) => `${d.series} : ${d.value.toLocaleString("fr-FR")} €` }), Plot.ruleY([0])],
  }) as unknown as { outerHTML: string };
  // The wrapper is one labelled image; Plot's own aria-labels on inner <g> elements would be
  // prohibited there (axe: aria-prohibited-attr), and the table beside it carries the figures.
  const svg = chart.outerHTML.replace(/\saria-(label|description)="[^"]*"/g, "");
  return (
    <figure className="overflow-x-auto">
      <div role="img" aria-label={title} className="min-w-[32rem] [&_svg]:h-auto [&_svg]:max-w-full" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
