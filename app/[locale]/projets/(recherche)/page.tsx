import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SearchBox } from "@/components/search/SearchBox";
import { FilteredView } from "@/components/search/FilteredView";
import { ActiveFilters } from "@/components/search/ActiveFilters";
import { ResultsBody } from "@/components/search/ResultsBody";
import { feedHref, ResultsToolbar } from "@/components/search/ResultsToolbar";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";
import { facetCounts } from "@/lib/search/facets";
import { parseSearchParams } from "@/lib/search/params";
import { searchProjects } from "@/lib/search/queries";
import { MAX_QUERY_LENGTH, queryTruncated } from "@/lib/search/query-length";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { PageTitle } from "@/components/layout/PageTitle";

type RawParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  const t = await getTranslations("search");
  const locale = (await getLocale()) as Locale;
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: {
      types: {
        "application/atom+xml": [
          { url: localizeHref(feedHref(parseSearchParams(await searchParams, locale)), locale), title: t("feedTitle") },
        ],
      },
    },
  };
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const params = parseSearchParams(raw, (await getLocale()) as Locale);
  const [results, facets] = await Promise.all([searchProjects(params), facetCounts(params)]);
  const t = await getTranslations("search");

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <PageTitle>{t("title")}</PageTitle>
        <Suspense fallback={<div className="h-12 rounded-lg border border-slate-300" />}>
          <SearchBox />
        </Suspense>
        {queryTruncated(raw) && (
          <p role="status" className="text-sm text-slate-700">
            {t("truncated", { max: String(MAX_QUERY_LENGTH) })}
          </p>
        )}
      </div>
      <FilteredView base="/projets" params={params} facets={facets}>
        {/* Focusable, as the target of the "Aller aux résultats" skip link (components/layout/SkipLinks.tsx). */}
        <section id="liste-resultats" tabIndex={-1} aria-labelledby="resultats" className="order-1 min-w-0 lg:order-2">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="resultats" className="text-lg font-semibold" aria-live="polite">
              {t("total", { count: results.total })}
            </h2>
            <ResultsToolbar params={params} />
          </div>
          <InPlaceLinks>
            <ActiveFilters base="/projets" params={params} facets={facets} />
          </InPlaceLinks>
          <ResultsBody params={params} results={results} />
        </section>
      </FilteredView>
    </div>
  );
}
