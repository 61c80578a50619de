import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { ListPager } from "@/components/layout/ListPager";
import { countryLabel, statusLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { CollectiviteProject } from "@/lib/page-data/collectivite";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";

/** The parts a collectivité plays in a project, in the order the page lists them. */
const ROLES: CollectiviteProject["role"][] = ["lead", "french", "foreign"];

/**
 * Its projects grouped by the part it plays in them, one page at a time: the list runs through
 * the groups in order, and each group's heading gives its whole count.
 */
export function CollectiviteProjects({ projects, paging }: { projects: CollectiviteProject[]; paging: ListPaging }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const byRole = ROLES.map((role) => ({ role, all: projects.filter((p) => p.role === role) }));
  const shown = pageOf(
    byRole.flatMap((group) => group.all),
    paging.page,
  );
  return (
    <div className="space-y-4">
      {byRole.map(({ role, all }) => {
        const own = shown.items.filter((p) => p.role === role);
        if (own.length === 0) return null;
        return (
          <div key={role}>
            <h3 className="mb-1 font-semibold">
              {t(`collectivite.roles.${role}`)} ({all.length})
            </h3>
            <ul className="space-y-1 text-sm">
              {own.map((p) => (
                <li key={p.slug}>
                  <Link href={`/projets/${p.slug}`} lang={contentLang(locale)}>
                    {p.title}
                  </Link>
                  <span className="text-slate-700">
                    {p.startYear && ` · ${t("places.since", { year: String(p.startYear) })}`}
                    {p.status && ` · ${statusLabel(p.status, locale)}`}
                    {p.countries.length > 0 && " · "}
                  </span>
                  <LinkSeries
                    items={p.countries.map((co) => ({
                      key: co.code,
                      href: `/pays/${co.code}`,
                      label: countryLabel(co.code, co.name, locale),
                    }))}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <ListPager list={shown} label={t("collectivite.pager.projects")} hrefFor={paging.hrefFor} />
    </div>
  );
}
