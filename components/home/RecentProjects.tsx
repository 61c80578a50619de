import { Link } from "@/components/navigation/Link";
import type { RecentProject } from "@/lib/page-data/home";

/** The projects imported last, newest first. */
export function RecentProjects({ projects }: { projects: RecentProject[] }) {
  return (
    <section aria-labelledby="derniers-projets" className="space-y-3">
      <h2 id="derniers-projets" className="text-xl font-semibold text-marine-800">
        Derniers projets importés
      </h2>
      <ul className="space-y-2">
        {projects.map((p) => (
          <li key={p.slug} className="rounded-lg border border-slate-200 p-3">
            <Link href={`/projets/${p.slug}`} className="font-medium">
              {p.title}
            </Link>
            <p className="text-sm text-slate-700">
              {[p.countries.join(", "), p.startYear ? `depuis ${p.startYear}` : null, p.status]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
