import { useLocale, useTranslations } from "next-intl";
import type { ProjectHit } from "@/lib/search/queries";
import { countryLabel, statusLabel, thematicLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Highlighted } from "./Highlighted";

type Translate = ReturnType<typeof useTranslations<"search.results">>;

function years(hit: ProjectHit, t: Translate) {
  if (hit.startYear && hit.endDate) return `${hit.startYear} – ${new Date(hit.endDate).getUTCFullYear()}`;
  return hit.startYear ? t("since", { year: String(hit.startYear) }) : null;
}

/** The French collectivités of a result, each linking to its page when the atlas knows it. */
function FrenchPartners({ partners, locale }: { partners: ProjectHit["frenchLinks"]; locale: Locale }) {
  return partners.map((partner, i) => (
    <span key={`${i}-${partner.name}`}>
      {i > 0 && ", "}
      {partner.slug ? (
        <a href={localizeHref(`/collectivites/${partner.slug}`, locale)}>{partner.name}</a>
      ) : (
        partner.name
      )}
    </span>
  ));
}

/** The partner countries of a result, named in the page's language. */
const countryNames = (hit: ProjectHit, locale: Locale) =>
  hit.countries.map((name, i) => countryLabel(hit.countryCodes[i] ?? "", name, locale)).join(", ");

/**
 * The result list; its plain links are followed client-side by the InPlaceLinks around it (app/projets).
 * The fiche's own text (title, snippet) stays French: it is marked so on pages in another language.
 */
export function ResultList({ items }: { items: ProjectHit[] }) {
  const t = useTranslations("search.results");
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  return (
    <ol className="space-y-4">
      {items.map((hit) => (
        // Styled by .result and its parts (app/globals.css), like the facets: twenty results repeating the same utility classes weighed on every search page.
        <li key={hit.id} className="result">
          <h3>
            <a href={localizeHref(`/projets/${hit.slug}`, locale)} lang={lang}>
              {hit.title}
            </a>
          </h3>
          <p className="result-partners">
            {hit.frenchLinks.length > 0 && (
              <span>
                <FrenchPartners partners={hit.frenchLinks} locale={locale} />
              </span>
            )}
            {hit.countries.length > 0 && <span>→ {countryNames(hit, locale)}</span>}
            {hit.foreignPartnerCount > 1 && <span>{t("foreignPartners", { count: hit.foreignPartnerCount })}</span>}
          </p>
          <p className="result-tags">
            {hit.thematic && <span className="result-theme">{thematicLabel(hit.thematic, locale)}</span>}
            {hit.status && <span>{statusLabel(hit.status, locale)}</span>}
            {years(hit, t) && <span>{years(hit, t)}</span>}
          </p>
          {hit.snippet?.includes("\u0001") && (
            <p className="result-snippet" lang={lang}>
              … <Highlighted text={hit.snippet} /> …
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
