import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { ListPager } from "@/components/layout/ListPager";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { CountryPartner, CountrySummary } from "@/lib/page-data/country";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";
import { countryPlaces } from "@/lib/page-data/map-places";

/** French collectivités named beside each partner before "et N autres". */
const FRENCH_PER_PARTNER = 5;

/** The country's partner collectivités on a map (all) and in a list (one page), each with the French collectivités it works with. */
export function CountryPartners({
  country,
  partners,
  paging,
}: {
  country: CountrySummary;
  partners: CountryPartner[];
  paging: ListPaging;
}) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  if (partners.length === 0) return <p className="text-sm text-slate-600">{t("country.partners.none")}</p>;
  const name = countryLabel(country.code, country.name, locale);
  const shown = pageOf(partners, paging.page);
  return (
    <div className="space-y-4">
      <PlacesMiniMap
        places={countryPlaces(partners, country.code, name)}
        src={`/api/countries/${country.code}/map`}
        label={t("country.partners.mapLabel", { name })}
        listed={partners.length}
        empty={t("places.noPosition")}
      />
      <ul className="grid gap-2 sm:grid-cols-2">
        {shown.items.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-3 text-sm">
            <Link href={`/collectivites/${p.slug}`} className="font-medium" lang={lang}>
              {p.name}
            </Link>
            <span className="text-slate-700"> · {t("places.projectCount", { count: p.projectCount })}</span>
            {p.frenchPartners.length > 0 && (
              <p className="mt-1 text-slate-700">
                {t("country.partners.with")}{" "}
                <LinkSeries
                  items={p.frenchPartners.slice(0, FRENCH_PER_PARTNER).map((f) => ({
                    key: f.slug,
                    href: `/collectivites/${f.slug}`,
                    label: <span lang={lang}>{f.name}</span>,
                  }))}
                />
                {p.frenchPartners.length > FRENCH_PER_PARTNER &&
                  ` ${t("places.andOthers", { count: p.frenchPartners.length - FRENCH_PER_PARTNER })}`}
              </p>
            )}
          </li>
        ))}
      </ul>
      <ListPager list={shown} label={t("country.partners.pager")} hrefFor={paging.hrefFor} />
    </div>
  );
}
