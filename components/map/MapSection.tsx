import { Link } from "@/components/navigation/Link";
import { CountryZoomForm } from "@/components/map/CountryZoomForm";
import { mapSummary, zoomCountries } from "@/components/map/map-summary";
import { PlacesMap } from "@/components/map/PlacesMap";
import type { Facets } from "@/lib/search/facets";
import type { MapPlaces } from "@/lib/search/map";
import { type SearchParams, toQueryString } from "@/lib/search/params";
import { pluralWord } from "@/lib/text/format";

/** The map of /carte: what it shows, the country to zoom on, the map itself, or why it is empty. */
export function MapSection({ map, params, facets }: { map: MapPlaces; params: SearchParams; facets: Facets }) {
  const otherParams = [...new URLSearchParams(toQueryString(params, { country: [], page: 1 }).slice(1))];
  const selectedCountry = params.country[0] ?? "";
  return (
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
      {params.country.length > 0 && <ChosenCountriesNote params={params} />}
      <PlacesMap
        label="Carte des collectivités partenaires"
        src={`/api/map${toQueryString(params, { page: 1, sort: undefined, more: [] })}`}
      />
      {map.places.length === 0 && (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center">
          <p className="font-medium">Aucun lieu ne correspond à ces filtres.</p>
          <p className="mt-2 text-sm text-slate-700">
            Essayez d&apos;autres filtres, ou <Link href="/carte">affichez tous les partenaires</Link>.
          </p>
        </div>
      )}
    </section>
  );
}

function ChosenCountriesNote({ params }: { params: SearchParams }) {
  return (
    <p className="text-sm">
      Seuls les partenaires étrangers situés dans{" "}
      {pluralWord(params.country.length, "le pays choisi", "les pays choisis")} sont affichés, avec les collectivités
      françaises qui travaillent avec eux.{" "}
      <Link href={`/carte${toQueryString(params, { country: [], page: 1, sort: undefined })}`}>
        Afficher tous les pays
      </Link>
    </p>
  );
}
