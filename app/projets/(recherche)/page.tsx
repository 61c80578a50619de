import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SearchBox } from "@/components/search/SearchBox";
import { Facets } from "@/components/search/Facets";
import { FiltersPanel } from "@/components/search/FiltersPanel";
import { ActiveFilters } from "@/components/search/ActiveFilters";
import { ResultList } from "@/components/search/ResultList";
import { Pagination } from "@/components/search/Pagination";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";
import { facetCounts } from "@/lib/search/facets";
import { activeFilterCount, effectiveSort, PAGE_SIZE, parseSearchParams, toQueryString } from "@/lib/search/params";
import { searchProjects } from "@/lib/search/queries";
import { MAX_QUERY_LENGTH, queryTruncated } from "@/lib/search/query-length";
import { plural } from "@/lib/text/format";

type RawParams = Record<string, string | string[] | undefined>;

/** The feed of the same search, so feed readers find it (`<link rel="alternate" type="application/atom+xml">`). */
const feedHref = (params: ReturnType<typeof parseSearchParams>) =>
  `/projets/flux.atom${toQueryString(params, { page: 1, more: [] })}`;

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

const SORTS = [
  { value: "relevance", label: "Pertinence" },
  { value: "start", label: "Année de début" },
  { value: "title", label: "Titre" },
] as const;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const params = parseSearchParams(raw);
  const [results, facets] = await Promise.all([searchProjects(params), facetCounts(params)]);
  const pages = Math.ceil(results.total / PAGE_SIZE);
  const sort = effectiveSort(params);
  const query = toQueryString(params, { page: 1, more: [] });
  const pastTheEnd = results.items.length === 0 && results.total > 0;

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Projets de coopération décentralisée</h1>
        <Suspense fallback={<div className="h-12 rounded-lg border border-slate-300" />}>
          <SearchBox />
        </Suspense>
        {queryTruncated(raw) && (
          <p role="status" className="text-sm text-slate-700">
            Votre recherche a été raccourcie à {MAX_QUERY_LENGTH} caractères.
          </p>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
        <FiltersPanel activeCount={activeFilterCount(params)}>
          <Facets base="/projets" params={params} facets={facets} />
        </FiltersPanel>
        {/* Focusable, as the target of the "Aller aux résultats" skip link (components/layout/SkipLinks.tsx). */}
        <section id="liste-resultats" tabIndex={-1} aria-labelledby="resultats" className="order-1 min-w-0 lg:order-2">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="resultats" className="text-lg font-semibold" aria-live="polite">
              {plural(results.total, "projet", "projets")}
            </h2>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <span>
                Trier :{" "}
                {SORTS.filter((s) => s.value !== "relevance" || params.q).map((s, i) => (
                  <span key={s.value}>
                    {i > 0 && " · "}
                    {s.value === sort ? (
                      <strong aria-current="true">{s.label}</strong>
                    ) : (
                      <Link href={`/projets${toQueryString(params, { sort: s.value, page: 1 })}`}>{s.label}</Link>
                    )}
                  </span>
                ))}
              </span>
              <Link href={`/carte${query}`}>Voir sur la carte</Link>
              <a
                href={`/api/projects/export${toQueryString(params, { page: 1, more: [] })}${query ? "&" : "?"}format=csv`}
                download
              >
                CSV
              </a>
              <a
                href={`/api/projects/export${toQueryString(params, { page: 1, more: [] })}${query ? "&" : "?"}format=json`}
                download
              >
                JSON
              </a>
              <a href={feedHref(params)} type="application/atom+xml">
                S&apos;abonner
              </a>
            </div>
          </div>
          <InPlaceLinks>
            <ActiveFilters base="/projets" params={params} facets={facets} />
          </InPlaceLinks>
          {pastTheEnd ? (
            <div role="status" className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
              <p className="font-medium">
                La page {params.page} est au-delà de la dernière page de ces résultats ({pages}).
              </p>
              <p className="mt-2 text-sm">
                <Link href={`/projets${toQueryString(params, { page: pages })}`}>
                  Aller à la dernière page ({pages})
                </Link>
              </p>
            </div>
          ) : results.items.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
              <p className="font-medium">Aucun projet ne correspond à cette recherche.</p>
              <p className="mt-2 text-sm text-slate-700">
                Essayez un autre mot, vérifiez l&apos;orthographe, ou{" "}
                <Link href="/projets">retirez tous les filtres</Link>.
              </p>
            </div>
          ) : (
            <InPlaceLinks>
              <ResultList items={results.items} />
              <Pagination
                page={params.page}
                pages={pages}
                hrefFor={(page) => `/projets${toQueryString(params, { page })}`}
              />
            </InPlaceLinks>
          )}
        </section>
      </div>
    </div>
  );
}
