import Link from "next/link";
import type { ListPage } from "@/lib/paging/list-page";
import { formatCount } from "@/lib/text/format";

/**
 * Where a paged list stands ("1–50 sur 1 234") and the links to the pages before and after;
 * nothing for a list that fits on one page. A page past the last one says so and links back.
 */
export function ListPager({
  list,
  label,
  hrefFor,
}: {
  list: Pick<ListPage<unknown>, "page" | "pages" | "total" | "from" | "to" | "beyond">;
  /** What the list is, for the navigation's accessible name ("collectivités partenaires"). */
  label: string;
  hrefFor: (page: number) => string;
}) {
  if (list.beyond)
    return (
      <p className="mt-3 text-sm">
        La page {list.page} n&apos;existe pas ({label} : {list.pages} pages).{" "}
        <Link href={hrefFor(list.pages)}>Aller à la dernière page</Link>
      </p>
    );
  if (list.pages <= 1) return null;
  return (
    <nav aria-label={`Pages : ${label}`} className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <p className="text-slate-700">
        {formatCount(list.from)}–{formatCount(list.to)} sur {formatCount(list.total)}
      </p>
      {list.page > 1 && (
        <Link href={hrefFor(list.page - 1)} rel="prev" prefetch={false}>
          ← Page précédente
        </Link>
      )}
      <span className="text-slate-700">
        Page {list.page} sur {list.pages}
      </span>
      {list.page < list.pages && (
        <Link href={hrefFor(list.page + 1)} rel="next" prefetch={false}>
          Page suivante →
        </Link>
      )}
    </nav>
  );
}
