import { Link } from "@/components/navigation/Link";
import { effectiveSort, type SearchParams, toQueryString } from "@/lib/search/params";

const SORTS = [
  { value: "relevance", label: "Pertinence" },
  { value: "start", label: "Année de début" },
  { value: "title", label: "Titre" },
] as const;

/** The feed of a search, so feed readers find it (the page's `<link rel="alternate">` and « S'abonner »). */
export const feedHref = (params: SearchParams) => `/projets/flux.atom${toQueryString(params, { page: 1, more: [] })}`;

/** Sorts, the same search on the map, its exports and its feed. */
export function ResultsToolbar({ params }: { params: SearchParams }) {
  const sort = effectiveSort(params);
  const query = toQueryString(params, { page: 1, more: [] });
  const exportHref = (format: "csv" | "json") => `/api/projects/export${query}${query ? "&" : "?"}format=${format}`;
  return (
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
      <a href={exportHref("csv")} download>
        CSV
      </a>
      <a href={exportHref("json")} download>
        JSON
      </a>
      <a href={feedHref(params)} type="application/atom+xml">
        S&apos;abonner
      </a>
    </div>
  );
}
