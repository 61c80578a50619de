import type { ScopeCollectivite } from "./quality-scope";

export interface QualityFilter {
  country: string;
  /** The collectivité the filter named, when one matched. */
  collectivite: Pick<ScopeCollectivite, "slug"> | null;
  /** The collectivité as typed. */
  collectiviteText: string;
  /** The post's slug, as given. */
  postSlug: string;
}

/** The filter as a query string (no `?`), so that each CSV export lists what the page shows. */
export function qualityFilterQuery({ country, collectivite, collectiviteText, postSlug }: QualityFilter): string {
  return new URLSearchParams({
    ...(country && { country }),
    ...(collectiviteText && { collectivite: collectivite?.slug ?? collectiviteText }),
    ...(postSlug && { post: postSlug }),
  }).toString();
}

/** The CSV export of one list of /qualite, with the page's filter. */
export function qualityExportHref(listKey: string, filter: QualityFilter): string {
  const query = qualityFilterQuery(filter);
  return `/api/quality/export?list=${listKey}${query ? `&${query}` : ""}`;
}
