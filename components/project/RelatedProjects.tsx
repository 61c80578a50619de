import { Link } from "@/components/navigation/Link";
import type { RelatedProject } from "@/lib/page-data/project";
import { plural } from "@/lib/text/format";

/** Projects sharing partners or thematics, with what they share. */
export function RelatedProjects({ related }: { related: RelatedProject[] }) {
  if (related.length === 0)
    return <p className="text-sm text-slate-600">Aucun autre projet ne partage ces partenaires ou ces thématiques.</p>;
  return (
    <ul className="space-y-1">
      {related.map((r) => (
        <li key={r.slug}>
          <Link href={`/projets/${r.slug}`}>{r.title}</Link>
          <span className="text-sm text-slate-600">
            {" "}
            ·{" "}
            {r.sharedPartners > 0
              ? `${plural(r.sharedPartners, "partenaire", "partenaires")} en commun`
              : "même thématique"}
          </span>
        </li>
      ))}
    </ul>
  );
}
