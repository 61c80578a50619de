import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { type EmbassyContactEntry, type EmbassyPostEntry, isImpossibleYear } from "@/lib/domain/contacts";
import { EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { countryLabel, embassyRoleLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

/**
 * An embassy post with its correspondent and counsellor as of the newest fiche that names one.
 * A role nobody holds is shown as vacant (never hidden); earlier holders are behind a <details>.
 */
function Person({ contact }: { contact: EmbassyContactEntry }) {
  const lang = contentLang(useLocale() as Locale);
  return (
    <>
      <span className="font-medium" lang={lang}>
        {contact.name}
      </span>
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

/** How recent a contact is: "à jour de 2023", or why its year is doubtful. */
function ContactYear({ contact }: { contact: EmbassyContactEntry }) {
  const t = useTranslations("contacts.card");
  if (contact.ficheYear === null) return t("yearUnknown");
  const year = String(contact.ficheYear);
  if (isImpossibleYear(contact)) return t("yearImpossible", { year, importYear: String(contact.importYear) });
  return t("upToDate", { year });
}

/** Projects listed under a post; pages ask findEmbassyPosts for this many. */
export const MAX_PROJECTS = 5;

/**
 * Earlier holders of a role listed on a card, newest first; the post's page has them all. A post
 * named by hundreds of fiches had dozens, and a directory search matching 125 posts weighed 1.7 MB.
 */
const EARLIER_SHOWN = 3;

export function EmbassyPostCard({
  post,
  headingLevel = 3,
  showProjects = true,
}: {
  post: EmbassyPostEntry;
  headingLevel?: 3 | 4;
  showProjects?: boolean;
}) {
  const t = useTranslations("contacts.card");
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  const Heading = `h${headingLevel}` as "h3" | "h4";
  const vacant = EMBASSY_ROLES.every((role) => !post.roles[role].current);
  return (
    <article className="rounded-lg border border-slate-200 p-4 shadow-sm" data-post={post.name}>
      <Heading className="font-semibold leading-snug text-marine-800" lang={lang}>
        {post.name}
      </Heading>
      <p className="mt-0.5 text-sm text-slate-700">
        {post.countryCode ? (
          <Link href={`/pays/${post.countryCode}`}>
            {countryLabel(post.countryCode, post.countryName ?? post.countryCode, locale)}
          </Link>
        ) : (
          t("unknownCountry")
        )}
        {" · "}
        {t("projectCount", { count: post.projectCount })}
        {vacant && (
          <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
            {t("vacantPost")}
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
              <dt className="text-slate-700">{embassyRoleLabel(role, locale)}</dt>
              <dd className="mt-0.5">
                {current ? (
                  <>
                    <Person contact={current} />
                    <span className="block text-xs text-slate-600">
                      <ContactYear contact={current} />
                      {newerFicheWithout && t("newerFicheWithout", { year: String(post.latestFicheYear) })}
                      {" · "}
                      <a href={`/api/contacts/vcard/embassy-${current.id}`} download>
                        {t("vcard")}
                        <span className="sr-only">{t("vcardOf", { name: current.name })}</span>
                      </a>
                    </span>
                  </>
                ) : (
                  <em className="text-amber-900">{t("vacantRole")}</em>
                )}
                {earlier.length > 0 && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-marine-700">
                      {t("earlier", { count: earlier.length })}
                    </summary>
                    <ul className="mt-1 space-y-1 pl-3 text-xs">
                      {earlier.slice(0, EARLIER_SHOWN).map((c) => (
                        <li key={c.id}>
                          <Person contact={c} />
                          {c.ficheYear && (
                            <span className="text-slate-600">{t("ficheOf", { year: String(c.ficheYear) })}</span>
                          )}
                        </li>
                      ))}
                      {earlier.length > EARLIER_SHOWN && (
                        <li>
                          <Link href={`/postes/${post.slug}`}>
                            {t("allEarlier", { count: earlier.length - EARLIER_SHOWN })}
                          </Link>
                        </li>
                      )}
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
          <summary className="cursor-pointer text-marine-700">{t("projects")}</summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {post.projects.slice(0, MAX_PROJECTS).map((p) => (
              <li key={p.slug} className="line-clamp-2">
                <Link href={`/projets/${p.slug}`} lang={lang}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
          {post.projectCount > MAX_PROJECTS && (
            <p className="mt-1 text-slate-700">
              {t("moreProjects", { count: String(post.projectCount - MAX_PROJECTS) })}
            </p>
          )}
        </details>
      )}
    </article>
  );
}
