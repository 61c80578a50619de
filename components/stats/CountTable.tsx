import { useLocale } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { numberFormats } from "@/components/charts/number-format";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The data table beside a chart: one row per category, the figure linking to the search
 * filtered on that category so a reader can check it and go on from it. Figures are counts unless
 * `format` says otherwise, written in the page's language.
 */
export interface CountRow {
  key: string;
  label: React.ReactNode;
  value: number;
  /** The filtered search behind the figure; absent when no filter expresses the row (e.g. "unknown year"). */
  href?: string;
  /** Rows indented under the previous one (sub-themes under their theme). */
  nested?: boolean;
}

export function CountTable({
  caption,
  head,
  rows,
  format,
  footer,
}: {
  caption: string;
  head: [string, string];
  rows: CountRow[];
  format?: (value: number) => string;
  footer?: { label: string; value: number };
}) {
  const counts = numberFormats(useLocale() as Locale).count;
  const formatValue = format ?? counts;
  return (
    <div className="max-h-[32rem] overflow-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-sm">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            <th scope="col" className="py-1.5 pr-3">
              {head[0]}
            </th>
            <th scope="col" className="py-1.5 text-right">
              {head[1]}
            </th>
          </tr>
        </thead>
        {/* Row and cell styles set once on the body: long tables (every country) repeated them per cell, in the HTML and again in the page's data. */}
        <tbody className="[&>tr]:border-b [&>tr]:border-slate-100 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums">
          {rows.map((row) => (
            <tr key={row.key}>
              <th
                scope="row"
                className={`py-1 pr-3 text-left font-normal ${row.nested ? "pl-5 text-slate-700" : "font-medium"}`}
              >
                {row.label}
              </th>
              <td>{row.href ? <Link href={row.href}>{formatValue(row.value)}</Link> : formatValue(row.value)}</td>
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <tr className="border-t-2 border-slate-300 font-semibold">
              <th scope="row" className="py-1.5 pr-3 text-left">
                {footer.label}
              </th>
              <td className="py-1.5 text-right tabular-nums">{formatValue(footer.value)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
