import { Link } from "@/components/navigation/Link";
import type { EmbassyPostEntry } from "@/lib/domain/contacts";
import { postCountryProjectsHref } from "./post-links";

/** The projects whose fiche names the post, and the search of every project in its country. */
export function PostProjects({ post }: { post: EmbassyPostEntry }) {
  return (
    <div className="space-y-2">
      {post.projects.length === 0 ? (
        <p className="text-sm text-slate-600">Aucun projet ne nomme ce poste.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {post.projects.map((p) => (
            <li key={p.slug}>
              <Link href={`/projets/${p.slug}`}>{p.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {post.countryCode && (
        <p className="text-sm">
          <Link href={postCountryProjectsHref(post.countryCode)}>
            Rechercher tous les projets avec un partenaire {post.countryName ? `(${post.countryName})` : ""}
          </Link>
        </p>
      )}
    </div>
  );
}
