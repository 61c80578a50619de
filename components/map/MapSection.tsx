import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { CountryZoomForm } from "@/components/map/CountryZoomForm";
import { mapSummary, zoomCountries } from "@/components/map/map-summary";
import { PlacesMap } from "@/components/map/PlacesMap";
import { countryLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import { apiHref } from "@/lib/i18n/paths";
import type { Facets } from "@/lib/search/facets";
import type { MapPlaces } from "@/lib/search/map";
import { type SearchParams, toQueryString } from "@/lib/search/params";

/** The map of /carte: what it shows, the country to zoom on, the map itself, or why it is empty. */
export function MapSection({ map, params, facets }: { map: MapPlaces; params: SearchParams; facets: Facets }) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  const otherParams = [...new URLSearchParams(toQueryString(params, { country: [], page: 1 }).slice(1))];
  const selectedCountry = params.country[0] ?? "";
  const countries = facets.country.map((c) => ({ ...c, label: countryLabel(c.value, c.label, locale) }));
  return (
    <section id="la-carte" tabIndex={-1} aria-labelledby="carte-titre" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="carte-titre" className="text-lg font-semibold" aria-live="polite">
          {mapSummary(map.places, map.projectCount, t)}
        </h2>
        <CountryZoomForm
          otherParams={otherParams}
          countries={zoomCountries(countries, selectedCountry, locale)}
          selected={selectedCountry}
        />
      </div>
      {params.country.length > 0 && <ChosenCountriesNote params={params} />}
      <PlacesMap
        label={t("mapLabel")}
        src={apiHref(`/api/map${toQueryString(params, { page: 1, sort: undefined, more: [] })}`, locale)}
      />
      {map.places.length === 0 && (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center">
          <p className="font-medium">{t("empty.title")}</p>
          <p className="mt-2 text-sm text-slate-700">
            {t.rich("empty.hint", { link: (chunks) => <Link href="/carte">{chunks}</Link> })}
          </p>
        </div>
      )}
    </section>
  );
}

function ChosenCountriesNote({ params }: { params: SearchParams }) {
  const t = useTranslations("map");
  return (
    <p className="text-sm">
      {t(params.country.length > 1 ? "chosenCountries" : "chosenCountry")}{" "}
      <Link href={`/carte${toQueryString(params, { country: [], page: 1, sort: undefined })}`}>
        {t("allCountries")}
      </Link>
    </p>
  );
}
