import type { Metadata } from "next";
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
import { plural } from "@/lib/text/format";
import { PageTitle } from "@/components/layout/PageTitle";

type RawParams = Record<string, string | string[] | undefined>;

export async function generateMetadata({ searchParams }: { searchParams: Promise<RawParams> }): Promise<Metadata> {
  return {
    title: "Projets",
    description:
      "Rechercher parmi les projets de coopération décentralisée : par pays, thématique, statut, année, collectivité et financeur.",
    alternates: {
      types: {
        "application/atom+xml": [
          { url: feedHref(parseSearchParams(await searchParams)), title: "Nouveaux projets de cette recherche" },
        ],
      },
    },
  };
}

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const params = parseSearchParams(raw);
  const [results, facets] = await Promise.all([searchProjects(params), facetCounts(params)]);

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <PageTitle>Projets de coopération décentralisée</PageTitle>
        <Suspense fallback={<div className="h-12 rounded-lg border border-slate-300" />}>
          <SearchBox />
        </Suspense>
        {queryTruncated(raw) && (
          <p role="status" className="text-sm text-slate-700">
            Votre recherche a été raccourcie à {MAX_QUERY_LENGTH} caractères.
          </p>
        )}
      </div>
      <FilteredView base="/projets" params={params} facets={facets}>
        {/* Focusable, as the target of the "Aller aux résultats" skip link (components/layout/SkipLinks.tsx). */}
        <section id="liste-resultats" tabIndex={-1} aria-labelledby="resultats" className="order-1 min-w-0 lg:order-2">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="resultats" className="text-lg font-semibold" aria-live="polite">
              {plural(results.total, "projet", "projets")}
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
