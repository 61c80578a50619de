import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { FeedLink } from "@/components/standards/FeedLink";
import { countryLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { CountrySummary } from "@/lib/page-data/country";
import { countrySearchHref } from "./country-links";

/** The page's sections, in order: the table of contents links to them. */
const SECTIONS = [
  ["projets", "projects"],
  ["partenaires", "partners"],
  ["collectivites-francaises", "french"],
  ["financement", "funding"],
  ["postes", "posts"],
  ["thematiques", "thematics"],
] as const;

/** Breadcrumb, name, the country's figures and the page's table of contents. */
export function CountryHeader({
  country,
  partnerCount,
  frenchCount,
  postCount,
}: {
  country: CountrySummary;
  partnerCount: number;
  frenchCount: number;
  postCount: number;
}) {
  const t = useTranslations("country");
  const locale = useLocale() as Locale;
  return (
    <header className="space-y-3">
      <nav aria-label={t("breadcrumb.label")} className="text-sm">
        <Link href="/projets">{t("breadcrumb.projects")}</Link> › <span>{t("breadcrumb.country")}</span>
      </nav>
      <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">
        {countryLabel(country.code, country.name, locale)}
      </h1>
      <p className="text-slate-700">
        {t.rich("summary", {
          projects: country.projectCount,
          partners: partnerCount,
          french: frenchCount,
          posts: postCount,
          link: (chunks) => <Link href={countrySearchHref(country.code)}>{chunks}</Link>,
        })}
      </p>
      <p>
        <FeedLink params={{ country: [country.code] }} />
      </p>
      <nav aria-label={t("toc.label")} className="text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`toc.${key}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
