import * as Plot from "@observablehq/plot";
import { useLocale, useTranslations } from "next-intl";
import { numberFormats } from "@/components/charts/number-format";
import type { Locale } from "@/lib/i18n/routing";
import { PlotFigure } from "@/components/charts/PlotFigure";
import { marginFor } from "@/components/charts/axis-fit";

/**
 * Horizontal bars (one per label, in the given order) drawn on the server into static SVG, for
 * counts by category. The data table next to it carries the same figures (and the links), so
 * the SVG is an image with a summary. Without a `unit`, the bars count projects (whole-number
 * ticks, the axis titled "projets" in the page's language).
 */
export interface BarDatum {
  label: string;
  value: number;
}

const MAX_LABEL = 30;
const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);
const ROW = 24;
const MARGIN_TOP = 10;
const MARGIN_BOTTOM = 36;
/** Wide enough to fill half the page's width (the chart sits beside its table) and scale down from there. */
const WIDTH = 560;

export function HorizontalBarChart({ data, title, unit }: { data: BarDatum[]; title: string; unit?: string }) {
  const t = useTranslations("charts");
  const format = numberFormats(useLocale() as Locale).whole;
  if (data.length === 0) return null;
  // Labels are shortened for the axis only; two labels that shorten alike keep separate bars.
  const seen = new Set<string>();
  const rows = data.map((d, i) => {
    const axis = seen.has(shorten(d.label)) ? `${shorten(d.label)} (${i + 1})` : shorten(d.label);
    seen.add(axis);
    return { ...d, axis };
  });
  const max = Math.max(...rows.map((r) => r.value));
  // Counts get whole-number ticks only (Plot would otherwise tick 0.5, 1.5… on small counts).
  const ticks = unit === undefined && max <= 10 ? Array.from({ length: max + 1 }, (_, i) => i) : undefined;
  // Margins fit the longest category label (left) and the value printed past the longest bar (right).
  const marginLeft = marginFor(
    rows.map((r) => r.axis),
    40,
  );
  const marginRight = marginFor([format(max)], 40);
  const options: Plot.PlotOptions = {
    width: WIDTH,
    height: MARGIN_TOP + MARGIN_BOTTOM + rows.length * ROW,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft,
    marginRight,
    style: { fontSize: "12px", fontFamily: "inherit", background: "transparent" },
    x: { label: unit ?? t("projectsAxis"), grid: true, tickFormat: format, ticks, labelAnchor: "right" },
    y: { label: null, domain: rows.map((r) => r.axis), padding: 0.2 },
    marks: [
      Plot.barX(rows, { x: "value", y: "axis", fill: "#1f4f99" }),
      Plot.text(rows, {
        x: "value",
        y: "axis",
        text: (d: (typeof rows)[number]) => format(d.value),
        dx: 4,
        textAnchor: "start",
        fill: "#0f172a",
      }),
      Plot.ruleX([0]),
    ],
  };
  return <PlotFigure options={options} title={title} className="min-w-[20rem] [&_svg]:h-auto [&_svg]:w-full" />;
}
