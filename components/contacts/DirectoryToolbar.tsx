import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";

/**
 * The line under the directory's search form: what is listed, the "Postes vacants" filter with
 * its count, and the exports. With no one to export the export links are not offered (the
 * export would be an empty file).
 */
export function DirectoryToolbar({
  postCount,
  partnerCount,
  vacantCount,
  vacant,
  exportable,
  filtered,
  q,
  links,
}: {
  postCount: number;
  partnerCount: number;
  vacantCount: number;
  vacant: boolean;
  exportable: boolean;
  filtered: boolean;
  q: string | undefined;
  links: { exportHref: (format: string) => string; vacantHref: (on: boolean) => string };
}) {
  const t = useTranslations("contacts.toolbar");
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
      <p aria-live="polite" className="font-medium">
        {t(vacant ? "vacantPosts" : "posts", { count: postCount })}
        {!vacant && t("partners", { count: partnerCount })}
        {q && t("query", { q })}
      </p>
      <p className="flex flex-wrap gap-3 text-sm">
        {vacant ? (
          <Link href={links.vacantHref(false)}>{t("showAll")}</Link>
        ) : (
          <Link href={links.vacantHref(true)} data-testid="vacant-filter">
            {t("vacantFilter", { count: String(vacantCount) })}
          </Link>
        )}
        {exportable ? (
          <>
            <span>{t(filtered ? "exportSelection" : "exportAll")}</span>
            <a href={links.exportHref("csv")} download>
              CSV
            </a>
            <a href={links.exportHref("vcf")} download>
              vCard
            </a>
          </>
        ) : (
          <span className="text-slate-600">{t("nothingToExport")}</span>
        )}
        {filtered && <Link href="/contacts">{t("clear")}</Link>}
      </p>
    </div>
  );
}
