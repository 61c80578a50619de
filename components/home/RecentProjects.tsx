import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { statusLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { RecentProject } from "@/lib/page-data/home";

/** The projects imported last, newest first. */
export function RecentProjects({ projects }: { projects: RecentProject[] }) {
  const t = useTranslations("home.recent");
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="derniers-projets" className="space-y-3">
      <h2 id="derniers-projets" className="text-xl font-semibold text-marine-800">
        {t("title")}
      </h2>
      <ul className="space-y-2">
        {projects.map((p) => (
          <li key={p.slug} className="rounded-lg border border-slate-200 p-3">
            <Link href={`/projets/${p.slug}`} className="font-medium" lang={contentLang(locale)}>
              {p.title}
            </Link>
            <p className="text-sm text-slate-700">
              {[
                p.countries.join(", "),
                p.startYear ? t("since", { year: String(p.startYear) }) : null,
                p.status && statusLabel(p.status, locale),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
