import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { effectiveSort, type SearchParams, SORT_VALUES, toQueryString } from "@/lib/search/params";

/** The feed of a search, so feed readers find it (the page's `<link rel="alternate">` and « S'abonner »). */
export const feedHref = (params: SearchParams) => `/projets/flux.atom${toQueryString(params, { page: 1, more: [] })}`;

/** Sorts, the same search on the map, its exports and its feed. */
export function ResultsToolbar({ params }: { params: SearchParams }) {
  const t = useTranslations("search.toolbar");
  const locale = useLocale() as Locale;
  const sort = effectiveSort(params);
  const query = toQueryString(params, { page: 1, more: [] });
  const exportHref = (format: "csv" | "json") => `/api/projects/export${query}${query ? "&" : "?"}format=${format}`;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span>
        {t("sort")}{" "}
        {SORT_VALUES.filter((s) => s !== "relevance" || params.q).map((s, i) => (
          <span key={s}>
            {i > 0 && " · "}
            {s === sort ? (
              <strong aria-current="true">{t(s)}</strong>
            ) : (
              <Link href={`/projets${toQueryString(params, { sort: s, page: 1 })}`}>{t(s)}</Link>
            )}
          </span>
        ))}
      </span>
      <Link href={`/carte${query}`}>{t("map")}</Link>
      <a href={exportHref("csv")} download>
        CSV
      </a>
      <a href={exportHref("json")} download>
        JSON
      </a>
      <a href={localizeHref(feedHref(params), locale)} type="application/atom+xml">
        {t("subscribe")}
      </a>
    </div>
  );
}
