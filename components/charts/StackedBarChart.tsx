import * as Plot from "@observablehq/plot";
import { requestNonce } from "@/lib/http/nonce";
import { plotMarkup } from "./plot-svg";
import { formatCount } from "@/lib/text/format";
import { UNKNOWN_KIND_COLOR } from "@/lib/domain/funder-kinds";

/**
 * A stacked bar chart (amounts by year, stacked by series such as funder kinds) drawn on the
 * server with Observable Plot into static SVG: no chart JavaScript reaches the browser. The
 * data table shown beside it carries the same figures for screen-reader users.
 */
export interface StackedDatum {
  x: string;
  series: string;
  value: number;
}

export async function StackedBarChart({ data, title, yLabel = "€", colors }: { data: StackedDatum[]; title: string; yLabel?: string; colors?: Record<string, string> }) {
  if (data.length === 0) return null;
  const series = [...new Set(data.map((d) => d.series))];
  const markup = plotMarkup({
    width: 640,
    height: 260,
    marginLeft: 70,
    style: { fontSize: "12px", fontFamily: "inherit", background: "transparent" },
    x: { label: null, type: "band" },
    y: { label: yLabel, grid: true, tickFormat: formatCount },
    color: colors
      ? { legend: true, domain: series, range: series.map((s) => colors[s] ?? UNKNOWN_KIND_COLOR) }
      : { legend: true, domain: series, scheme: "tableau10" },
    marks: [Plot.barY(data, { x: "x", y: "value", fill: "series" }), Plot.ruleY([0])],
  }, await requestNonce());
  return (
    // Focusable so a keyboard can scroll it on a narrow screen (axe: scrollable-region-focusable).
    <figure className="overflow-x-auto" tabIndex={0}>
      <div role="img" aria-label={title} className="min-w-[32rem] [&_svg]:h-auto [&_svg]:max-w-full" dangerouslySetInnerHTML={{ __html: markup }} />
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
