import { Link } from "@/components/navigation/Link";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";
import { PAGE_SIZE, type SearchParams, toQueryString } from "@/lib/search/params";
import type { ProjectPage } from "@/lib/search/queries";
import { Pagination } from "./Pagination";
import { ResultList } from "./ResultList";

/** The results and their pages, or why there are none: a page past the last, or no match. */
export function ResultsBody({ params, results }: { params: SearchParams; results: ProjectPage }) {
  const pages = Math.ceil(results.total / PAGE_SIZE);
  if (results.items.length === 0 && results.total > 0) {
    return (
      <div role="status" className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
        <p className="font-medium">
          La page {params.page} est au-delà de la dernière page de ces résultats ({pages}).
        </p>
        <p className="mt-2 text-sm">
          <Link href={`/projets${toQueryString(params, { page: pages })}`}>Aller à la dernière page ({pages})</Link>
        </p>
      </div>
    );
  }
  if (results.items.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
        <p className="font-medium">Aucun projet ne correspond à cette recherche.</p>
        <p className="mt-2 text-sm text-slate-700">
          Essayez un autre mot, vérifiez l&apos;orthographe, ou <Link href="/projets">retirez tous les filtres</Link>.
        </p>
      </div>
    );
  }
  return (
    <InPlaceLinks>
      <ResultList items={results.items} />
      <Pagination page={params.page} pages={pages} hrefFor={(page) => `/projets${toQueryString(params, { page })}`} />
    </InPlaceLinks>
  );
}
