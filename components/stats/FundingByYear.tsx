import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { FUNDER_KINDS, type FundingByYearKind } from "@/lib/domain/funder-kinds";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { funderKindColors } from "@/components/charts/funder-kind-colors";
import { numberFormats } from "@/components/charts/number-format";
import { StackedBarChart } from "@/components/charts/StackedBarChart";
import { funderKindName } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Funding summed by year and funder kind: a stacked bar chart and its table (years as rows,
 * kinds as columns, totals both ways). `kindHref` makes each kind a link to the filtered search.
 * `caption` comes in the page's language.
 */
const KIND_ORDER = Object.keys(FUNDER_KINDS);

export function FundingByYear({
  rows,
  caption,
  kindHref,
}: {
  rows: FundingByYearKind[];
  caption: string;
  kindHref?: (kind: string) => string;
}) {
  const t = useTranslations("charts.fundingByYear");
  const locale = useLocale() as Locale;
  const { euros: formatEuros } = numberFormats(locale);
  const kindName = (kind: string) => funderKindName(kind, locale);
  const yearLabel = (y: number | null) => (y === null ? t("unknownYear") : String(y));
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);
  const kinds = [...new Set(rows.map((r) => r.kind))].sort((a, b) => rank(a) - rank(b));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
  const cell = new Map(rows.map((r) => [`${r.year}|${r.kind}`, r.amount]));
  const yearTotal = (y: number | null) => rows.filter((r) => r.year === y).reduce((s, r) => s + r.amount, 0);
  const kindTotal = (k: string) => rows.filter((r) => r.kind === k).reduce((s, r) => s + r.amount, 0);
  const total = rows.reduce((s, r) => s + r.amount, 0);
  const chartData = [...rows]
    .sort((a, b) => rank(a.kind) - rank(b.kind))
    .map((r) => ({ x: r.year === null ? "?" : String(r.year), series: kindName(r.kind), value: r.amount }));

  return (
    <div className="space-y-4">
      <StackedBarChart data={chartData} colors={funderKindColors(locale)} title={t("chartTitle", { caption })} />
      <ScrollArea label={caption}>
        <table className="w-full min-w-[40rem] border-collapse text-sm">
          <caption className="mb-2 text-left text-slate-700">{t("caption", { caption })}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300 text-left align-bottom">
              <th scope="col" className="py-2 pr-3">
                {t("year")}
              </th>
              {kinds.map((k) => (
                <th key={k} scope="col" className="px-2 py-2 text-right font-semibold">
                  {kindHref ? <Link href={kindHref(k)}>{kindName(k)}</Link> : kindName(k)}
                </th>
              ))}
              <th scope="col" className="py-2 pl-2 text-right">
                {t("total")}
              </th>
            </tr>
          </thead>
          {/* Row and cell styles set once on the body rather than on each of its cells. */}
          <tbody className="[&>tr]:border-b [&>tr]:border-slate-100 [&_td]:px-2 [&_td]:text-right [&_td]:tabular-nums">
            {years.map((y) => (
              <tr key={String(y)}>
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  {yearLabel(y)}
                </th>
                {kinds.map((k) => (
                  <td key={k}>{cell.has(`${y}|${k}`) ? formatEuros(cell.get(`${y}|${k}`)!) : "—"}</td>
                ))}
                <td className="pl-2 font-medium">{formatEuros(yearTotal(y))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-300 font-semibold">
              <th scope="row" className="py-2 pr-3 text-left">
                {t("total")}
              </th>
              {kinds.map((k) => (
                <td key={k} className="px-2 text-right tabular-nums">
                  {formatEuros(kindTotal(k))}
                </td>
              ))}
              <td className="pl-2 text-right tabular-nums" data-total="funding">
                {formatEuros(total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollArea>
    </div>
  );
}
