import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import type { ListPage } from "@/lib/paging/list-page";

/**
 * Where a paged list stands ("1–50 sur 1 234") and the links to the pages before and after;
 * nothing for a list that fits on one page. A page past the last one says so and links back.
 * `hrefFor` gives internal (French) paths: the Link shows them in the page's language.
 */
export function ListPager({
  list,
  label,
  hrefFor,
}: {
  list: Pick<ListPage<unknown>, "page" | "pages" | "total" | "from" | "to" | "beyond">;
  /** What the list is, in the page's language, for the navigation's accessible name ("collectivités partenaires"). */
  label: string;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations("paging");
  if (list.beyond)
    return (
      <p className="mt-3 text-sm">
        {t("beyond", { page: list.page, label, pages: list.pages })} <Link href={hrefFor(list.pages)}>{t("last")}</Link>
      </p>
    );
  if (list.pages <= 1) return null;
  return (
    <nav aria-label={t("navLabel", { label })} className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <p className="text-slate-700">{t("range", { from: list.from, to: list.to, total: list.total })}</p>
      {list.page > 1 && (
        <Link href={hrefFor(list.page - 1)} rel="prev" prefetch={false}>
          {t("previous")}
        </Link>
      )}
      <span className="text-slate-700">{t("position", { page: list.page, pages: list.pages })}</span>
      {list.page < list.pages && (
        <Link href={hrefFor(list.page + 1)} rel="next" prefetch={false}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
