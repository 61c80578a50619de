import { useLocale, useTranslations } from "next-intl";
import { QualityTable } from "@/components/quality/QualityTable";
import { apiHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { QualityRow } from "@/lib/page-data/quality";
import { type QualityFilter, qualityExportHref } from "@/lib/page-data/quality-filter";

/** Rows shown per list; the CSV export has them all. */
const ROWS_SHOWN = 100;

/** One list of /qualite (with its title and description in the page's language): what it checks, its CSV export, and its first rows. */
export function QualityListSection({
  list,
  filter,
}: {
  list: { key: string; title: string; description: string; rows: QualityRow[] };
  filter: QualityFilter;
}) {
  const t = useTranslations("quality");
  const locale = useLocale() as Locale;
  const count = list.rows.length;
  return (
    <section aria-labelledby={list.key} className="space-y-2">
      <h2 id={list.key} className="text-lg font-semibold">
        {t("section.title", { title: list.title, count: String(count) })}
      </h2>
      <p className="text-sm text-slate-700">{list.description}</p>
      {count === 0 ? (
        <p className="text-sm">{t("section.nothing")}</p>
      ) : (
        <>
          <p className="text-sm">
            <a href={apiHref(qualityExportHref(list.key, filter), locale)}>{t("section.export")}</a>
            {count > ROWS_SHOWN && t("section.truncated", { shown: String(ROWS_SHOWN), count: String(count) })}
          </p>
          <QualityTable
            rows={list.rows.slice(0, ROWS_SHOWN)}
            caption={t("section.caption", { title: list.title, count })}
            itemHeader={t(list.key === "placements" ? "table.collectivite" : "table.project")}
          />
        </>
      )}
    </section>
  );
}
