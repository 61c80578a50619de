import type { Metadata } from "next";
import Link from "next/link";
import { PlacesMap } from "@/components/map/PlacesMap";
import { PlacesTable } from "@/components/map/PlacesTable";
import { Facets } from "@/components/search/Facets";
import { FiltersPanel } from "@/components/search/FiltersPanel";
import { facetCounts } from "@/lib/search/facets";
import { benchCount, mapPlaces, type MapPlaces } from "@/lib/search/map";
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
  // BENCHMARK ONLY: `?bench=N` draws N generated places (scripts/bench-map.ts), not the database's.
  const bench = benchCount(raw.bench);
  const noPlaces: MapPlaces = { places: [], unplaced: [] };
  const [{ places, unplaced }, facets] = await Promise.all([bench ? noPlaces : mapPlaces(params), facetCounts(params)]);

  const query = toQueryString(params, { page: 1, sort: undefined, more: [] });
  const listQuery = toQueryString(params, { page: 1, more: [] });
  const foreignCount = places.filter((p) => p.side === "foreign").length;
  const projectCount = new Set(places.flatMap((p) => p.projects.map((j) => j.slug))).size;
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
          <section id="la-carte" tabIndex={-1} aria-labelledby="carte-titre" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="carte-titre" className="text-lg font-semibold" aria-live="polite">
                {bench
                  ? `Banc d'essai : ${plural(bench, "lieu généré", "lieux générés")}`
                  : `${plural(places.length, "lieu", "lieux")} · ${plural(foreignCount, "partenaire étranger", "partenaires étrangers")} · ${plural(places.length - foreignCount, "collectivité française", "collectivités françaises")} · ${plural(projectCount, "projet", "projets")}`}
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
                Seuls les partenaires situés dans {params.country.length > 1 ? "les pays choisis" : "le pays choisi"} sont affichés.{" "}
                <Link href={`/carte${toQueryString(params, { country: [], page: 1, sort: undefined })}`}>Afficher tous les pays</Link>
              </p>
            )}
            <PlacesMap label="Carte des collectivités partenaires" src={bench ? `/api/map?bench=${bench}` : `/api/map${query}`} />
            {!bench && places.length === 0 && (
              <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center">
                <p className="font-medium">Aucun lieu ne correspond à ces filtres.</p>
                <p className="mt-2 text-sm text-slate-700">
                  Essayez d&apos;autres filtres, ou <Link href="/carte">affichez tous les partenaires</Link>.
                </p>
              </div>
            )}
          </section>

          {!bench && places.length > 0 && (
            <section aria-labelledby="tableau-lieux" className="space-y-2">
              <h2 id="tableau-lieux" className="text-lg font-semibold">Tableau des lieux</h2>
              <PlacesTable places={places} caption={`Les ${plural(places.length, "lieu", "lieux")} de la carte, avec leurs projets`} />
              {unplaced.length > 0 && (
                <p className="text-sm text-slate-700">
                  Sans position connue, donc absents de la carte : {unplaced.map((u) => `${u.name} (${u.countryName || "pays inconnu"})`).join(", ")}.
                </p>
              )}
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
