import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageTitle } from "@/components/layout/PageTitle";
import { MapSection } from "@/components/map/MapSection";
import { PlacesTablePage, TABLE_PAGE_PARAM, tablePage } from "@/components/map/PlacesTablePage";
import { FilteredView } from "@/components/search/FilteredView";
import { ResultsViewNav } from "@/components/search/ResultsViewNav";
import { facetCounts } from "@/lib/search/facets";
import { mapPlaces } from "@/lib/search/map";
import { parseSearchParams, toQueryString } from "@/lib/search/params";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("map");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MapPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = parseSearchParams(raw, (await getLocale()) as Locale);
  const [map, facets] = await Promise.all([mapPlaces(params), facetCounts(params)]);
  const query = toQueryString(params, { page: 1, sort: undefined, more: [] });
  const t = await getTranslations("map");

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <PageTitle>{t("title")}</PageTitle>
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        <ResultsViewNav
          views={[
            { label: t("viewList"), href: `/projets${toQueryString(params, { page: 1, more: [] })}` },
            { label: t("viewMap") },
          ]}
        />
      </div>
      <FilteredView base="/carte" params={params} facets={facets}>
        <div className="order-1 min-w-0 space-y-6 lg:order-2">
          <MapSection map={map} params={params} facets={facets} />
          {map.places.length > 0 && (
            <PlacesTablePage map={map} params={params} page={tablePage(raw[TABLE_PAGE_PARAM])} query={query} />
          )}
        </div>
      </FilteredView>
    </div>
  );
}
