import * as Plot from "@observablehq/plot";
import { useLocale } from "next-intl";
import type { Locale } from "@/lib/i18n/routing";
import { UNKNOWN_KIND_COLOR } from "@/lib/domain/funder-kinds";
import { marginFor, spacedTicks } from "./axis-fit";
import { numberFormats } from "./number-format";
import { PlotFigure } from "./PlotFigure";

/**
 * A stacked bar chart (amounts by year, stacked by series such as funder kinds) drawn on the
 * server with Observable Plot into static SVG: no chart JavaScript reaches the browser. The
 * data table shown beside it carries the same figures for screen-reader users.
 * The SVG scales to its box (viewBox, width 100%); below 32rem it scrolls sideways instead of
 * shrinking its text. Tick labels follow the page's language ("1 234" or "1,234").
 */
export interface StackedDatum {
  x: string;
  series: string;
  value: number;
}

const WIDTH = 800;
const HEIGHT = 280;
const MARGIN_RIGHT = 24;

/** `colors` gives each series its colour (funder kinds: lib/domain/funder-kinds), in legend order. */
export function StackedBarChart({
  data,
  title,
  yLabel = "€",
  colors,
}: {
  data: StackedDatum[];
  title: string;
  yLabel?: string;
  colors: Record<string, string>;
}) {
  const { count } = numberFormats(useLocale() as Locale);
  if (data.length === 0) return null;
  const present = new Set(data.map((d) => d.series));
  const series = [...Object.keys(colors).filter((s) => present.has(s)), ...[...present].filter((s) => !(s in colors))];
  const xs = [...new Set(data.map((d) => d.x))];
  const stackTotals = xs.map((x) => data.filter((d) => d.x === x).reduce((sum, d) => sum + d.value, 0));
  const marginLeft = marginFor([count(Math.max(0, ...stackTotals))], 50);
  const options: Plot.PlotOptions = {
    width: WIDTH,
    height: HEIGHT,
    marginLeft,
    marginRight: MARGIN_RIGHT,
    style: { fontSize: "12px", fontFamily: "inherit", background: "transparent" },
    x: { label: null, type: "band", domain: xs, ticks: spacedTicks(xs, WIDTH - marginLeft - MARGIN_RIGHT) },
    y: { label: yLabel, grid: true, tickFormat: count },
    color: { legend: true, domain: series, range: series.map((s) => colors[s] ?? UNKNOWN_KIND_COLOR) },
    marks: [Plot.barY(data, { x: "x", y: "value", fill: "series" }), Plot.ruleY([0])],
  };
  return (
    <PlotFigure options={options} title={title} className="min-w-[32rem] [&_figure>svg]:h-auto [&_figure>svg]:w-full" />
  );
}
