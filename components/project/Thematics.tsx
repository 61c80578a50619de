import { useLocale, useTranslations } from "next-intl";
import { sdgName, thematicLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/page-data/project";
import { type ThematicNode, thematicPath } from "./thematic-path";

/** The primary thematic, the others in the fiche's order, and the sustainable development goals. */
export function Thematics({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project.thematics");
  const locale = useLocale() as Locale;
  const path = (node: ThematicNode | null) => thematicPath(node).map((label) => thematicLabel(label, locale));
  const primary = path(project.thematic);
  const others = project.thematics.filter((theme) => !theme.isPrimary);
  return (
    <>
      <p className="mb-2">
        <span className="font-medium">{t("primary")}</span>
        {primary.length ? primary.join(" › ") : t("noPrimary")}
      </p>
      {others.length > 0 && (
        <>
          <p className="font-medium">{t("others")}</p>
          <ol className="ml-5 list-decimal">
            {others.map((theme) => (
              <li key={theme.position}>
                {path(theme.thematic).join(" › ")}
                {theme.priority !== null && (
                  <span className="text-sm text-slate-600">{t("priority", { priority: theme.priority })}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {project.sdgs.length > 0 && (
        <>
          <p className="mt-3 font-medium">{t("sdgs")}</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {project.sdgs.map((s) => (
              <li key={s.goal} className="rounded-full bg-emerald-50 px-3 py-1 text-sm text-emerald-900">
                {t("sdg", { goal: s.goal, name: s.sdg.label ? sdgName(s.sdg.label, locale) : "" })}
                {s.priority !== null && t("priority", { priority: s.priority })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
