import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { thematicLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { ThematicCount } from "@/lib/page-data/home";
import { toQueryString } from "@/lib/search/params";

export const thematicHref = (id: number) => `/projets${toQueryString({ thematic: [id] })}`;

/** The themes with the most projects, each leading to its projects. */
export function TopThematics({ thematics }: { thematics: ThematicCount[] }) {
  const t = useTranslations("home.thematics");
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="thematiques" className="space-y-3">
      <h2 id="thematiques" className="text-xl font-semibold text-marine-800">
        {t("title")}
      </h2>
      <ul className="space-y-1">
        {thematics.map((theme) => (
          <li key={theme.id}>
            <Link
              href={thematicHref(theme.id)}
              className="flex items-start justify-between gap-2 rounded px-1.5 py-1 no-underline hover:bg-marine-50"
            >
              <span className="underline underline-offset-2">{thematicLabel(theme.label, locale)}</span>
              <span className="shrink-0 tabular-nums text-slate-700">{t("projects", { count: theme.projects })}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <Link href="/statistiques">{t("allStatistics")}</Link>
      </p>
    </section>
  );
}
