import { useLocale, useTranslations } from "next-intl";
import { numberFormats } from "@/components/charts/number-format";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { fundingMatrix, type FundingRowInput } from "@/lib/domain/funding-matrix";
import { funderKindName } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

/** Funder × year, with totals per year, per funder and overall (funders named as the fiche names them). */
export function FundingTable({ rows }: { rows: FundingRowInput[] }) {
  const t = useTranslations("project.funding");
  const tCharts = useTranslations("charts");
  const locale = useLocale() as Locale;
  const { euros: formatEuros } = numberFormats(locale);
  const m = fundingMatrix(rows);
  const yearLabel = (y: number | null) => (y === null ? t("unknownYear") : String(y));
  return (
    <div>
      <ScrollArea label={t("tableLabel")}>
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <caption className="mb-2 text-left text-slate-700">
            {t("caption", { rows: m.rowCount, funders: m.funders.length })}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-300 text-left">
              <th scope="col" className="py-2 pr-3">
                {t("funder")}
              </th>
              {m.years.map((y) => (
                <th key={String(y)} scope="col" className="px-2 py-2 text-right tabular-nums">
                  {yearLabel(y)}
                </th>
              ))}
              <th scope="col" className="py-2 pl-2 text-right">
                {t("total")}
              </th>
            </tr>
          </thead>
          <tbody>
            {m.funders.map((f) => (
              <tr key={f.name} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  <span lang={contentLang(locale)}>{f.name}</span>
                  <span className="block text-xs text-slate-600">{funderKindName(f.kind, locale)}</span>
                </th>
                {m.years.map((y) => (
                  <td key={String(y)} className="px-2 text-right tabular-nums">
                    {f.byYear.has(y) ? formatEuros(f.byYear.get(y)!) : "—"}
                  </td>
                ))}
                <td className="pl-2 text-right font-medium tabular-nums">{formatEuros(f.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-300 font-semibold">
              <th scope="row" className="py-2 pr-3 text-left">
                {t("totalByYear")}
              </th>
              {m.years.map((y) => (
                <td key={String(y)} className="px-2 text-right tabular-nums" data-year={yearLabel(y)}>
                  {formatEuros(m.yearTotals.get(y) ?? 0)}
                </td>
              ))}
              <td className="pl-2 text-right tabular-nums" data-total="all">
                {formatEuros(m.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </ScrollArea>
      {m.waterTotal > 0 && (
        <p className="mt-2 text-sm">{tCharts("waterShare", { amount: formatEuros(m.waterTotal) })}</p>
      )}
    </div>
  );
}
