import type { Metadata } from "next";
import { Link } from "@/components/navigation/Link";
import { CountryZoomForm } from "@/components/map/CountryZoomForm";
import { mapSummary, zoomCountries } from "@/components/map/map-summary";
import { PlacesMap } from "@/components/map/PlacesMap";
import { PlacesTablePage, TABLE_PAGE_PARAM, tablePage } from "@/components/map/PlacesTablePage";
import { Facets } from "@/components/search/Facets";
import { FiltersPanel } from "@/components/search/FiltersPanel";
import { facetCounts } from "@/lib/search/facets";
import { mapPlaces } from "@/lib/search/map";
import { activeFilterCount, parseSearchParams, toQueryString } from "@/lib/search/params";
import { pluralWord } from "@/lib/text/format";

export const metadata: Metadata = {
  title: "Carte des partenaires",
  description:
    "Les collectivités françaises et leurs partenaires étrangers sur une carte du monde, avec les mêmes filtres que la recherche de projets.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MapPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = parseSearchParams(raw);
  const [map, facets] = await Promise.all([mapPlaces(params), facetCounts(params)]);
  const query = toQueryString(params, { page: 1, sort: undefined, more: [] });
  const otherParams = [...new URLSearchParams(toQueryString(params, { country: [], page: 1 }).slice(1))];
  const selectedCountry = params.country[0] ?? "";

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Carte des partenaires</h1>
        <p className="max-w-prose text-slate-700">
          Les collectivités françaises et leurs partenaires étrangers des projets qui correspondent aux filtres. Les
          lieux proches sont groupés : activez un groupe pour zoomer.
        </p>
        <nav aria-label="Vue des résultats" className="flex gap-4 text-sm">
          <Link href={`/projets${toQueryString(params, { page: 1, more: [] })}`}>Voir en liste</Link>
          <span aria-current="page" className="font-semibold">
            Carte
          </span>
        </nav>
      </div>

      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <FiltersPanel activeCount={activeFilterCount(params)}>
          <Facets base="/carte" params={params} facets={facets} />
        </FiltersPanel>

        <div className="order-1 min-w-0 space-y-6 lg:order-2">
          <section id="la-carte" tabIndex={-1} aria-labelledby="carte-titre" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="carte-titre" className="text-lg font-semibold" aria-live="polite">
                {mapSummary(map.places, map.projectCount)}
              </h2>
              <CountryZoomForm
                otherParams={otherParams}
                countries={zoomCountries(facets.country, selectedCountry)}
                selected={selectedCountry}
              />
            </div>
            {params.country.length > 0 && (
              <p className="text-sm">
                Seuls les partenaires étrangers situés dans{" "}
                {pluralWord(params.country.length, "le pays choisi", "les pays choisis")} sont affichés, avec les
                collectivités françaises qui travaillent avec eux.{" "}
                <Link href={`/carte${toQueryString(params, { country: [], page: 1, sort: undefined })}`}>
                  Afficher tous les pays
                </Link>
              </p>
            )}
            <PlacesMap label="Carte des collectivités partenaires" src={`/api/map${query}`} />
            {map.places.length === 0 && (
              <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center">
                <p className="font-medium">Aucun lieu ne correspond à ces filtres.</p>
                <p className="mt-2 text-sm text-slate-700">
                  Essayez d&apos;autres filtres, ou <Link href="/carte">affichez tous les partenaires</Link>.
                </p>
              </div>
            )}
          </section>

          {map.places.length > 0 && (
            <PlacesTablePage map={map} params={params} page={tablePage(raw[TABLE_PAGE_PARAM])} query={query} />
          )}
        </div>
      </div>
    </div>
  );
}
