import { useLocale, useTranslations } from "next-intl";
import { numberFormats } from "@/components/charts/number-format";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/page-data/project";

/** The documents attached to the fiche and the volunteers it names (their text as the fiche gives it). */
export function DocumentsAndVolunteers({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project.documents");
  const locale = useLocale() as Locale;
  const { count } = numberFormats(locale);
  const lang = contentLang(locale);
  return (
    <>
      {project.documents.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="list-disc pl-5">
          {project.documents.map((d) => (
            <li key={d.id}>
              <span lang={lang}>{d.title}</span>
              {d.fileName && ` (${d.fileName}`}
              {d.sizeKb && `, ${t("size", { size: count(d.sizeKb.toNumber()) })}`}
              {d.fileName && ")"}
            </li>
          ))}
        </ul>
      )}
      {project.volunteers.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noVolunteers")}</p>
      ) : (
        <ul className="mt-2 list-disc pl-5" lang={lang}>
          {project.volunteers.map((v) => (
            <li key={v.id}>
              {[v.firstName, v.lastName].filter(Boolean).join(" ")} —{" "}
              {[v.mission, v.field, v.entity].filter(Boolean).join(" · ")}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
