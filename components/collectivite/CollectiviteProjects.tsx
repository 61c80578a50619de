import { Link } from "@/components/navigation/Link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import type { CollectiviteProject } from "@/lib/page-data/collectivite";

const ROLES: { role: CollectiviteProject["role"]; title: string }[] = [
  { role: "lead", title: "Collectivité porteuse (première collectivité française de la fiche)" },
  { role: "french", title: "Collectivité française associée" },
  { role: "foreign", title: "Partenaire étranger" },
];

/** Its projects grouped by the part it plays in them. */
export function CollectiviteProjects({ projects }: { projects: CollectiviteProject[] }) {
  return (
    <div className="space-y-4">
      {ROLES.map(({ role, title }) => {
        const own = projects.filter((p) => p.role === role);
        if (own.length === 0) return null;
        return (
          <div key={role}>
            <h3 className="mb-1 font-semibold">
              {title} ({own.length})
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
    </div>
  );
}
