import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { PageTitle } from "@/components/layout/PageTitle";
import { NetworkGraphSection } from "@/components/network/NetworkGraphSection";
import { NetworkLinksSection } from "@/components/network/NetworkLinksSection";
import { FilteredView } from "@/components/search/FilteredView";
import { ResultsViewNav } from "@/components/search/ResultsViewNav";
import { networkTable } from "@/lib/page-data/network";
import { facetCounts } from "@/lib/search/facets";
import { parseSearchParams, toQueryString } from "@/lib/search/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("network");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NetworkPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams, (await getLocale()) as Locale);
  const [links, facets, t] = await Promise.all([networkTable(params), facetCounts(params), getTranslations("network")]);
  const query = toQueryString(params, { page: 1, sort: undefined, more: [] });
  const listQuery = toQueryString(params, { page: 1, more: [] });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-prose text-slate-700">
          {t("intro")} <a href="#liens-titre">{t("skipToTable")}</a>.
        </p>
        <ResultsViewNav
          views={[
            { label: t("views.list"), href: `/projets${listQuery}` },
            { label: t("views.map"), href: `/carte${query}` },
            { label: t("views.network") },
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
