import type { Metadata } from "next";
import Link from "next/link";
import { PlacesMap } from "@/components/map/PlacesMap";
import { PlacesTablePage, TABLE_PAGE_PARAM, tablePage } from "@/components/map/PlacesTablePage";
import { Facets } from "@/components/search/Facets";
import { FiltersPanel } from "@/components/search/FiltersPanel";
import { facetCounts } from "@/lib/search/facets";
import { mapPlaces } from "@/lib/search/map";
import { activeFilterCount, parseSearchParams, toQueryString } from "@/lib/search/params";
import { plural } from "@/lib/text/format";

export const metadata: Metadata = {
  title: "Carte des partenaires",
  description: "Les collectivités françaises et leurs partenaires étrangers sur une carte du monde, avec les mêmes filtres que la recherche de projets.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MapPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = parseSearchParams(raw);
  const [map, facets] = await Promise.all([mapPlaces(params), facetCounts(params)]);
  const { places, projectCount } = map;

  const query = toQueryString(params, { page: 1, sort: undefined, more: [] });
  const listQuery = toQueryString(params, { page: 1, more: [] });
  const foreignCount = places.filter((p) => p.side === "foreign").length;
  const otherParams = [...new URLSearchParams(toQueryString(params, { country: [], page: 1 }).slice(1))];
  const countries = [...facets.country].sort((a, b) => a.label.localeCompare(b.label, "fr"));
  const selectedCountry = params.country[0] ?? "";
  if (selectedCountry && !countries.some((c) => c.value === selectedCountry)) countries.unshift({ value: selectedCountry, label: selectedCountry, count: 0 });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Carte des partenaires</h1>
        <p className="max-w-prose text-slate-700">
          Les collectivités françaises et leurs partenaires étrangers des projets qui correspondent aux filtres. Les lieux proches sont
          groupés : activez un groupe pour zoomer.
        </p>
        <nav aria-label="Vue des résultats" className="flex gap-4 text-sm">
          <Link href={`/projets${listQuery}`}>Voir en liste</Link>
          <span aria-current="page" className="font-semibold">Carte</span>
        </nav>
      </div>

      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <FiltersPanel activeCount={activeFilterCount(params)}>
          <Facets base="/carte" params={params} facets={facets} />
        </FiltersPanel>

        <div className="order-1 min-w-0 space-y-6 lg:order-2">
          <section aria-labelledby="carte-titre" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="carte-titre" className="text-lg font-semibold" aria-live="polite">
                {`${plural(places.length, "lieu", "lieux")} · ${plural(foreignCount, "partenaire étranger", "partenaires étrangers")} · ${plural(places.length - foreignCount, "collectivité française", "collectivités françaises")} · ${plural(projectCount, "projet", "projets")}`}
              </h2>
              <form method="get" action="/carte" className="flex flex-wrap items-end gap-2 text-sm">
                {otherParams.map(([name, value], i) => (
                  <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
                ))}
                <label className="flex flex-col">
                  Zoomer sur un pays
                  <select name="country" defaultValue={selectedCountry} className="rounded border border-slate-400 px-2 py-1.5">
                    <option value="">Tous les pays</option>
                    {countries.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}{c.count ? ` (${plural(c.count, "projet", "projets")})` : ""}
                      </option>
                    ))}
                  </select>
                </label>
                <button className="rounded bg-marine-700 px-3 py-1.5 font-medium text-white hover:bg-marine-800">Afficher</button>
              </form>
            </div>
            {params.country.length > 0 && (
              <p className="text-sm">
                Seuls les partenaires étrangers situés dans {params.country.length > 1 ? "les pays choisis" : "le pays choisi"} sont
                affichés, avec les collectivités françaises qui travaillent avec eux.{" "}
                <Link href={`/carte${toQueryString(params, { country: [], page: 1, sort: undefined })}`}>Afficher tous les pays</Link>
              </p>
            )}
            <PlacesMap label="Carte des collectivités partenaires" src={`/api/map${query}`} />
            {places.length === 0 && (
              <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center">
                <p className="font-medium">Aucun lieu ne correspond à ces filtres.</p>
                <p className="mt-2 text-sm text-slate-700">
                  Essayez d&apos;autres filtres, ou <Link href="/carte">affichez tous les partenaires</Link>.
                </p>
              </div>
            )}
          </section>

          {places.length > 0 && <PlacesTablePage map={map} params={params} page={tablePage(raw[TABLE_PAGE_PARAM])} query={query} />}
        </div>
      </div>
    </div>
  );
}
