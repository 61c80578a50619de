import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { PageTitle } from "@/components/layout/PageTitle";
import { NetworkGraphSection } from "@/components/network/NetworkGraphSection";
import { NetworkLinksSection } from "@/components/network/NetworkLinksSection";
import { FilteredView } from "@/components/search/FilteredView";
import { ResultsViewNav } from "@/components/search/ResultsViewNav";
import { networkTable } from "@/lib/page-data/network";
import { facetCounts } from "@/lib/search/facets";
import { parseSearchParams, toQueryString } from "@/lib/search/params";

export const metadata: Metadata = {
  title: "Réseau des collectivités",
  description:
    "Les collectivités françaises et étrangères reliées par leurs projets communs, avec les mêmes filtres que la recherche de projets.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NetworkPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams, (await getLocale()) as Locale);
  const [links, facets] = await Promise.all([networkTable(params), facetCounts(params)]);
  const query = toQueryString(params, { page: 1, sort: undefined, more: [] });
  const listQuery = toQueryString(params, { page: 1, more: [] });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <PageTitle>Réseau des collectivités</PageTitle>
        <p className="max-w-prose text-slate-700">
          Les collectivités des projets qui correspondent aux filtres, reliées quand elles mènent des projets ensemble.
          Survolez une collectivité pour voir ses projets et ses liens, cliquez pour ouvrir sa page.{" "}
          <a href="#liens-titre">Aller au tableau des liens</a>.
        </p>
        <ResultsViewNav
          views={[
            { label: "Voir en liste", href: `/projets${listQuery}` },
            { label: "Carte", href: `/carte${query}` },
            { label: "Réseau" },
          ]}
        />
      </div>
      <FilteredView base="/reseau" params={params} facets={facets}>
        <div className="order-1 min-w-0 space-y-6 lg:order-2">
          <NetworkGraphSection query={query} countryChosen={params.country.length > 0} />
          <NetworkLinksSection links={links} />
        </div>
      </FilteredView>
    </div>
  );
}
