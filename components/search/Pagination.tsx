import { useTranslations } from "next-intl";
import { CURRENT_PAGE_CLASS } from "./pagination-style";

/** Page links; plain <a>, followed client-side where an InPlaceLinks wraps them. */
export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("search.pagination");
  if (pages <= 1) return null;
  const numbers = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center gap-1 text-sm">
      {page > 1 && (
        <a href={hrefFor(page - 1)} className="rounded border px-3 py-1.5" rel="prev">
          {t("previous")}
        </a>
      )}
      {numbers.map((n, i) => (
        <span key={n} className="flex items-center gap-1">
          {i > 0 && numbers[i - 1] !== n - 1 && <span aria-hidden="true">…</span>}
          <a
            href={hrefFor(n)}
            aria-current={n === page ? "page" : undefined}
            className={`rounded border px-3 py-1.5 ${n === page ? CURRENT_PAGE_CLASS : ""}`}
          >
            <span className="sr-only">{t("page")} </span>
            {n}
          </a>
        </span>
      ))}
      {page < pages && (
        <a href={hrefFor(page + 1)} className="rounded border px-3 py-1.5" rel="next">
          {t("next")}
        </a>
      )}
    </nav>
  );
}
