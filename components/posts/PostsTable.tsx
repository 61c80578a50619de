import { Link } from "@/components/navigation/Link";
import type { EmbassyContactEntry, EmbassyPostEntry } from "@/lib/domain/contacts";
import { EMBASSY_ROLE_LABELS, EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { formatCount } from "@/lib/text/format";
import { postHref } from "./post-links";

/** Every post in one table: country, current correspondent and counsellor, vacant roles, projects. */
function Holder({ contact }: { contact: EmbassyContactEntry | null }): React.ReactNode {
  return contact ? contact.name : <em className="text-amber-900">vacant</em>;
}

export function PostsTable({ posts }: { posts: EmbassyPostEntry[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Postes diplomatiques">
      <table className="w-full min-w-[48rem] border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">Postes diplomatiques, par pays.</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left align-bottom">
            <th scope="col" className="py-2 pr-3">
              Poste
            </th>
            <th scope="col" className="px-2 py-2">
              Pays
            </th>
            <th scope="col" className="px-2 py-2">
              Correspondant
            </th>
            <th scope="col" className="px-2 py-2">
              Conseiller
            </th>
            <th scope="col" className="px-2 py-2">
              Fonctions vacantes
            </th>
            <th scope="col" className="px-2 py-2 text-right">
              Projets
            </th>
          </tr>
        </thead>
        <tbody>
          {posts.map((post) => {
            const vacant = EMBASSY_ROLES.filter((role) => !post.roles[role].current);
            return (
              <tr key={post.id} className="border-b border-slate-200 align-top" data-post={post.name}>
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  <Link href={postHref(post.slug)}>{post.name}</Link>
                </th>
                <td className="px-2 py-2">
                  {post.countryCode ? (
                    <Link href={`/pays/${post.countryCode}`}>{post.countryName ?? post.countryCode}</Link>
                  ) : (
                    "non déterminé"
                  )}
                </td>
                <td className="px-2 py-2">
                  <Holder contact={post.roles.correspondent.current} />
                </td>
                <td className="px-2 py-2">
                  <Holder contact={post.roles.counsellor.current} />
                </td>
                <td className="px-2 py-2" data-vacant>
                  {vacant.length ? vacant.map((r) => EMBASSY_ROLE_LABELS[r]).join(" ; ") : "aucune"}
                </td>
                <td className="px-2 py-2 text-right">{formatCount(post.projectCount)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
