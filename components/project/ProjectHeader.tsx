import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { statusLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/page-data/project";
import { FactList } from "./FactList";
import { FicheValue } from "./FicheText";

/** "31/12/2023" in French as the site always wrote it; "31 December 2023" in English. */
function endDateText(date: Date, locale: Locale): string {
  return locale === "fr"
    ? date.toLocaleDateString("fr-FR", { timeZone: "UTC" })
    : date.toLocaleDateString("en-GB", { timeZone: "UTC", dateStyle: "long" });
}

/** Breadcrumb, title, the fiche's key facts and the link to its source. */
export function ProjectHeader({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project");
  const locale = useLocale() as Locale;
  const yesNo = (value: boolean | null) => (value === null ? null : value ? t("facts.yes") : t("facts.no"));
  return (
    <header className="space-y-3">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/projets">{t("projects")}</Link> › <span>{t("project")}</span>
      </nav>
      <h1 lang={contentLang(locale)} className="text-2xl font-bold leading-tight text-marine-800 sm:text-3xl">
        {project.title}
      </h1>
      <FactList
        items={[
          [t("facts.status"), project.status && statusLabel(project.status, locale)],
          [t("facts.conventionYear"), project.conventionYear],
          [t("facts.startYear"), project.startYear],
          [t("facts.endDate"), project.endDate ? endDateText(project.endDate, locale) : null],
          [t("facts.form"), project.partnershipForm && <FicheValue>{project.partnershipForm}</FicheValue>],
          [t("facts.triennial"), yesNo(project.triennial)],
        ]}
      />
      <p className="text-sm">
        <Link href={`/projets/${project.slug}/fiche`}>{t("facts.viewSource")}</Link> ({project.format},{" "}
        {project.sourceFile.split("/").pop()},{" "}
        <a href={localizeHref(`/projets/${project.slug}/source`, locale)}>{t("facts.rawText")}</a>)
      </p>
    </header>
  );
}
