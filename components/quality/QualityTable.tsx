import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/components/navigation/Link";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { QualityFinding, QualityRow } from "@/lib/page-data/quality";
import { findingMessage, rowCountries } from "@/lib/page-data/quality-findings";

/** A finding in the page's language, the fiche content it quotes marked as French. */
function Finding({ finding }: { finding: QualityFinding }) {
  const t = useTranslations("quality.findings");
  const locale = useLocale() as Locale;
  const { key, values } = findingMessage(finding, locale);
  return t.rich(key, { ...values, content: (chunks: ReactNode) => <span lang={contentLang(locale)}>{chunks}</span> });
}

/** One list of /qualite: what is wrong, where (countries, collectivités), and the fix when it is mechanical. */
export function QualityTable({
  rows,
  caption,
  itemHeader,
}: {
  rows: QualityRow[];
  caption: string;
  itemHeader: string;
}) {
  const t = useTranslations("quality");
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  const withFix = rows.some((row) => row.fix);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">
              {itemHeader}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("table.country")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("table.collectivites")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("table.finding")}
            </th>
            {withFix && (
              <th scope="col" className="py-2">
                {t("table.fix")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.href}-${i}`} className="border-b border-slate-200 align-top">
              <td className="max-w-md py-2 pr-3 break-words">
                <Link href={row.href} lang={lang}>
                  {row.label}
                </Link>
              </td>
              <td className="py-2 pr-3">{rowCountries(row, locale)}</td>
              <td className="max-w-xs py-2 pr-3" lang={row.projects === undefined ? lang : undefined}>
                {row.projects === undefined ? row.collectivites : t("findings.projects", { count: row.projects })}
              </td>
              <td className="py-2 pr-3 break-words">
                <Finding finding={row.finding} />
              </td>
              {withFix && (
                <td className="py-2 break-all">
                  {row.fix?.startsWith("/") ? (
                    <Link href={row.fix}>{t("table.otherProject")}</Link>
                  ) : (
                    row.fix && <code className="text-xs">{row.fix}</code>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
