import { Link } from "@/components/navigation/Link";
import { contactYearLabel, type EmbassyContactEntry, type EmbassyPostEntry } from "@/lib/domain/contacts";
import { EMBASSY_ROLE_LABELS, EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { plural } from "@/lib/text/format";

/**
 * An embassy post with its correspondent and counsellor as of the newest fiche that names one.
 * A role nobody holds is shown as vacant (never hidden); earlier holders are behind a <details>.
 */
function Person({ contact }: { contact: EmbassyContactEntry }) {
  return (
    <>
      <span className="font-medium">{contact.name}</span>
      {contact.email && (
        <>
          {" · "}
          <a href={`mailto:${contact.email}`} className="break-all">
            {contact.email}
          </a>
        </>
      )}
    </>
  );
}

/** Projects listed under a post; pages ask findEmbassyPosts for this many. */
export const MAX_PROJECTS = 5;

export function EmbassyPostCard({
  post,
  headingLevel = 3,
  showProjects = true,
}: {
  post: EmbassyPostEntry;
  headingLevel?: 3 | 4;
  showProjects?: boolean;
}) {
  const Heading = `h${headingLevel}` as "h3" | "h4";
  const vacant = EMBASSY_ROLES.every((role) => !post.roles[role].current);
  return (
    <article className="rounded-lg border border-slate-200 p-4 shadow-sm" data-post={post.name}>
      <Heading className="font-semibold leading-snug text-marine-800">{post.name}</Heading>
      <p className="mt-0.5 text-sm text-slate-700">
        {post.countryCode ? (
          <Link href={`/pays/${post.countryCode}`}>{post.countryName ?? post.countryCode}</Link>
        ) : (
          "Pays non déterminé"
        )}
        {" · "}
        {plural(post.projectCount, "projet lié", "projets liés")}
        {vacant && (
          <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
            Poste vacant
          </span>
        )}
      </p>
      <dl className="mt-3 space-y-3 text-sm">
        {EMBASSY_ROLES.map((role) => {
          const { current, earlier } = post.roles[role];
          const newerFicheWithout =
            current && post.latestFicheYear !== null && (current.ficheYear ?? 0) < post.latestFicheYear;
          return (
            <div key={role} data-role={role}>
              <dt className="text-slate-700">{EMBASSY_ROLE_LABELS[role]}</dt>
              <dd className="mt-0.5">
                {current ? (
                  <>
                    <Person contact={current} />
                    <span className="block text-xs text-slate-600">
                      {contactYearLabel(current)}
                      {newerFicheWithout && ` (une fiche de ${post.latestFicheYear} ne nomme personne)`}
                      {" · "}
                      <a href={`/api/contacts/vcard/embassy-${current.id}`} download>
                        vCard<span className="sr-only"> de {current.name}</span>
                      </a>
                    </span>
                  </>
                ) : (
                  <em className="text-amber-900">poste vacant</em>
                )}
                {earlier.length > 0 && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-marine-700">
                      {plural(earlier.length, "contact précédent", "contacts précédents")}
                    </summary>
                    <ul className="mt-1 space-y-1 pl-3 text-xs">
                      {earlier.map((c) => (
                        <li key={c.id}>
                          <Person contact={c} />
                          {c.ficheYear && <span className="text-slate-600"> · fiche de {c.ficheYear}</span>}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {showProjects && post.projects.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer text-marine-700">Projets liés à ce poste</summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {post.projects.slice(0, MAX_PROJECTS).map((p) => (
              <li key={p.slug} className="line-clamp-2">
                <Link href={`/projets/${p.slug}`}>{p.title}</Link>
              </li>
            ))}
          </ul>
          {post.projectCount > MAX_PROJECTS && (
            <p className="mt-1 text-slate-700">
              … et {post.projectCount - MAX_PROJECTS} autres projets (les plus récents sont listés).
            </p>
          )}
        </details>
      )}
    </article>
  );
}
