import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import type { QualityRow } from "@/lib/page-data/quality";

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
  const t = useTranslations("quality.table");
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
              {t("country")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("collectivites")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("finding")}
            </th>
            {withFix && (
              <th scope="col" className="py-2">
                {t("fix")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.href}-${i}`} className="border-b border-slate-200 align-top">
              <td className="max-w-md py-2 pr-3 break-words">
                <Link href={row.href}>{row.label}</Link>
              </td>
              <td className="py-2 pr-3">{row.countries}</td>
              <td className="max-w-xs py-2 pr-3">{row.collectivites}</td>
              <td className="py-2 pr-3 break-words">{row.detail}</td>
              {withFix && (
                <td className="py-2 break-all">
                  {row.fix?.startsWith("/") ? (
                    <Link href={row.fix}>{t("otherProject")}</Link>
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
