import type { Metadata } from "next";
import { Link } from "@/components/navigation/Link";
import { LinksTable } from "@/components/network/LinksTable";
import { NetworkGraph } from "@/components/network/NetworkGraph";
import { Facets } from "@/components/search/Facets";
import { FiltersPanel } from "@/components/search/FiltersPanel";
import { LINKS_SHOWN, networkTable } from "@/lib/page-data/network";
import { facetCounts } from "@/lib/search/facets";
import { activeFilterCount, parseSearchParams, toQueryString } from "@/lib/search/params";
import { plural } from "@/lib/text/format";

export const metadata: Metadata = {
  title: "Réseau des collectivités",
  description:
    "Les collectivités françaises et étrangères reliées par leurs projets communs, avec les mêmes filtres que la recherche de projets.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NetworkPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams);
  const [links, facets] = await Promise.all([networkTable(params), facetCounts(params)]);
  const query = toQueryString(params, { page: 1, sort: undefined, more: [] });
  const listQuery = toQueryString(params, { page: 1, more: [] });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Réseau des collectivités</h1>
        <p className="max-w-prose text-slate-700">
          Les collectivités des projets qui correspondent aux filtres, reliées quand elles mènent des projets ensemble.
          Survolez une collectivité pour voir ses projets et ses liens, cliquez pour ouvrir sa page.{" "}
          <a href="#liens-titre">Aller au tableau des liens</a>.
        </p>
        <nav aria-label="Vue des résultats" className="flex gap-4 text-sm">
          <Link href={`/projets${listQuery}`}>Voir en liste</Link>
          <Link href={`/carte${query}`}>Carte</Link>
          <span aria-current="page" className="font-semibold">
            Réseau
          </span>
        </nav>
      </div>

      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <FiltersPanel activeCount={activeFilterCount(params)}>
          <Facets base="/reseau" params={params} facets={facets} />
        </FiltersPanel>

        <div className="order-1 min-w-0 space-y-6 lg:order-2">
          <section aria-labelledby="reseau-titre" className="space-y-3">
            <h2 id="reseau-titre" className="text-lg font-semibold">
              Graphe
            </h2>
            {params.country.length > 0 && (
              <p className="text-sm">
                Seuls les partenaires étrangers situés dans les pays choisis sont affichés, avec leurs partenaires
                français.
              </p>
            )}
            <NetworkGraph
              src={`/api/network${query}`}
              label="Graphe des collectivités reliées par leurs projets communs (le tableau des liens suit)"
            />
          </section>

          <section aria-labelledby="liens-titre" className="space-y-2">
            <h2 id="liens-titre" className="text-lg font-semibold">
              Tableau des liens
            </h2>
            {links.length === 0 ? (
              <p>
                Aucun lien ne correspond à ces filtres. <Link href="/reseau">Afficher tout le réseau</Link>.
              </p>
            ) : (
              <LinksTable
                links={links}
                caption={
                  links.length === LINKS_SHOWN
                    ? `Les ${LINKS_SHOWN} liens les plus forts : les paires de collectivités et leurs projets communs`
                    : `${plural(links.length, "lien", "liens")} : les paires de collectivités et leurs projets communs`
                }
              />
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
