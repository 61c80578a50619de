import { Link } from "@/components/navigation/Link";
import type { EmbassyPostEntry } from "@/lib/domain/contacts";
import { hasVacantRole } from "@/lib/domain/contacts";
import { plural } from "@/lib/text/format";
import { postVCardHref } from "./post-links";

/** The post's name, country, project count, and the one vCard file of its current contacts. */
export function PostHeader({ post }: { post: EmbassyPostEntry }) {
  const someone = post.roles.correspondent.current || post.roles.counsellor.current;
  return (
    <header className="space-y-2">
      <p className="text-sm">
        <Link href="/postes">Postes diplomatiques</Link>
      </p>
      <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">{post.name}</h1>
      <p className="text-slate-700">
        {post.countryCode ? (
          <Link href={`/pays/${post.countryCode}`}>{post.countryName ?? post.countryCode}</Link>
        ) : (
          "Pays non déterminé"
        )}
        {" · "}
        {plural(post.projectCount, "projet nomme ce poste", "projets nomment ce poste")}
        {hasVacantRole(post) && (
          <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
            fonction vacante
          </span>
        )}
      </p>
      {someone && (
        <p className="text-sm">
          <a href={postVCardHref(post.slug)} download>
            Carte de visite (vCard) des contacts actuels du poste
          </a>
        </p>
      )}
    </header>
  );
}
