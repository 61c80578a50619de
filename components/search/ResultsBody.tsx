import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { PAGE_SIZE, type SearchParams, toQueryString } from "@/lib/search/params";
import type { ProjectPage } from "@/lib/search/queries";
import { Pagination } from "./Pagination";
import { ResultList } from "./ResultList";

/** The results and their pages, or why there are none: a page past the last, or no match. */
export function ResultsBody({ params, results }: { params: SearchParams; results: ProjectPage }) {
  const t = useTranslations("search.results");
  const locale = useLocale() as Locale;
  const pages = Math.ceil(results.total / PAGE_SIZE);
  // Page numbers are names, not amounts: passed as text, they are not grouped ("10 000").
  const numbers = { page: String(params.page), pages: String(pages) };
  if (results.items.length === 0 && results.total > 0) {
    return (
      <div role="status" className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
        <p className="font-medium">{t("pastEnd", numbers)}</p>
        <p className="mt-2 text-sm">
          <Link href={`/projets${toQueryString(params, { page: pages })}`}>{t("lastPage", numbers)}</Link>
        </p>
      </div>
    );
  }
  if (results.items.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
        <p className="font-medium">{t("none")}</p>
        <p className="mt-2 text-sm text-slate-700">
          {t.rich("noneHint", { link: (chunks) => <Link href="/projets">{chunks}</Link> })}
        </p>
      </div>
    );
  }
  return (
    <InPlaceLinks>
      <ResultList items={results.items} />
      <Pagination
        page={params.page}
        pages={pages}
        hrefFor={(page) => localizeHref(`/projets${toQueryString(params, { page })}`, locale)}
      />
    </InPlaceLinks>
  );
}
