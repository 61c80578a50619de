import { useLocale, useTranslations } from "next-intl";
import { ContactLinks } from "./ContactLinks";
import { Link } from "@/components/navigation/Link";
import type { PartnerContactEntry } from "@/lib/domain/contacts";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

interface Group<T> {
  key: string;
  items: T[];
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

function personName(c: PartnerContactEntry) {
  return [c.firstName, c.lastName].filter(Boolean).join(" ") || null;
}

/**
 * A person's newest projects listed under them; the others are counted (their vCard and the CSV
 * export list them all). Common names are in hundreds of generated fiches: listing every project
 * made a directory page of 1.7 MB.
 */
const PROJECTS_SHOWN = 3;

/**
 * Contacts of foreign partners grouped by country, then by collectivité (the query orders them
 * so), each with the projects the person appears in.
 */
export function PartnerContactGroups({
  contacts,
  headingLevel = 3,
}: {
  contacts: PartnerContactEntry[];
  headingLevel?: 3 | 4;
}) {
  const t = useTranslations("contacts.partners");
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  const CountryHeading = `h${headingLevel}` as "h3" | "h4";
  const PartnerHeading = `h${headingLevel + 1}` as "h4" | "h5";
  return (
    <div className="space-y-6">
      {groupBy(contacts, (c) => c.countryCode ?? "").map((country) => (
        <div key={country.key}>
          <CountryHeading className="mb-2 text-lg font-semibold">
            {country.key ? (
              <Link href={`/pays/${country.key}`}>
                {countryLabel(country.key, country.items[0].countryName ?? country.key, locale)}
              </Link>
            ) : (
              t("unknownCountry")
            )}
          </CountryHeading>
          <div className="grid gap-3 md:grid-cols-2">
            {groupBy(country.items, (c) => c.collectiviteSlug ?? c.partnerName).map((partner) => (
              <div key={partner.key} className="rounded-lg border border-slate-200 p-3">
                <PartnerHeading className="font-semibold" lang={lang}>
                  {partner.items[0].collectiviteSlug ? (
                    <Link href={`/collectivites/${partner.items[0].collectiviteSlug}`}>
                      {partner.items[0].partnerName}
                    </Link>
                  ) : (
                    partner.items[0].partnerName
                  )}
                </PartnerHeading>
                <ul className="mt-2 space-y-3 text-sm">
                  {partner.items.map((c) => (
                    <li key={c.id}>
                      <p>
                        {personName(c) ? (
                          <span className="font-medium" lang={lang}>
                            {personName(c)}
                          </span>
                        ) : (
                          <span className="font-medium">
                            <em className="font-normal text-slate-700">{t("noName")}</em>
                          </span>
                        )}
                        {c.role && (
                          <span className="text-slate-700">
                            {" — "}
                            <span lang={lang}>{c.role}</span>
                          </span>
                        )}
                      </p>
                      <p className="text-xs">
                        <ContactLinks
                          id={c.id}
                          email={c.email}
                          vcardLabel={t("vcardOf", { name: personName(c) ?? c.email ?? c.partnerName })}
                        />
                      </p>
                      <p className="line-clamp-2 text-xs text-slate-700">
                        {t(c.projects.length > 1 ? "projectMany" : "projectOne")}
                        <span lang={lang}>
                          <LinkSeries
                            separator=" · "
                            items={c.projects
                              .slice(0, PROJECTS_SHOWN)
                              .map((p) => ({ key: p.slug, href: `/projets/${p.slug}`, label: p.title }))}
                          />
                        </span>
                        {c.projects.length > PROJECTS_SHOWN &&
                          t("moreProjects", { count: c.projects.length - PROJECTS_SHOWN })}
                      </p>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
