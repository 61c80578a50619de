import Link from "next/link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { ListPager } from "@/components/layout/ListPager";
import type { CollectiviteProject } from "@/lib/page-data/collectivite";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";

const ROLES: { role: CollectiviteProject["role"]; title: string }[] = [
  { role: "lead", title: "Collectivité porteuse (première collectivité française de la fiche)" },
  { role: "french", title: "Collectivité française associée" },
  { role: "foreign", title: "Partenaire étranger" },
];

/**
 * Its projects grouped by the part it plays in them, one page at a time: the list runs through
 * the groups in order, and each group's heading gives its whole count.
 */
export function CollectiviteProjects({ projects, paging }: { projects: CollectiviteProject[]; paging: ListPaging }) {
  const byRole = ROLES.map(({ role, title }) => ({ title, all: projects.filter((p) => p.role === role) }));
  const shown = pageOf(
    byRole.flatMap((group) => group.all),
    paging.page,
  );
  return (
    <div className="space-y-4">
      {byRole.map(({ title, all }) => {
        const own = shown.items.filter((p) => p.role === all[0]?.role);
        if (own.length === 0) return null;
        return (
          <div key={title}>
            <h3 className="mb-1 font-semibold">
              {title} ({all.length})
            </h3>
            <ul className="space-y-1 text-sm">
              {own.map((p) => (
                <li key={p.slug}>
                  <Link href={`/projets/${p.slug}`}>{p.title}</Link>
                  <span className="text-slate-700">
                    {p.startYear && ` · depuis ${p.startYear}`}
                    {p.status && ` · ${p.status}`}
                    {p.countries.length > 0 && " · "}
                  </span>
                  <LinkSeries
                    items={p.countries.map((co) => ({ key: co.code, href: `/pays/${co.code}`, label: co.name }))}
                  />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <ListPager list={shown} label="projets" hrefFor={paging.hrefFor} />
    </div>
  );
}
