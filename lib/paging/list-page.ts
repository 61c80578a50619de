/**
 * One page of a long list on a page of the atlas (a country's partners, a collectivité's
 * projects…): which page a URL asks for, the slice, and the links to the others. A country
 * with 1,500 partners made a page of 800 kB and a collectivité with 3,000 projects one of 6 MB;
 * each list now shows PAGE_SIZE items and says where it is ("1–50 sur 1 234"). Pure, client-safe.
 */

export const PAGE_SIZE = 50;

/** Beyond this, a page number is garbage rather than a page (no list of the atlas is that long). */
const MAX_PAGE = 100_000;

/** The page a query parameter asks for: a positive whole number, otherwise the first (garbage never fails a page). */
export function requestedPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,6}$/.test(value.trim())) return 1;
  const page = Number(value.trim());
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

export interface ListPage<T> {
  items: T[];
  /** The page asked for (1-based), even when it lies beyond the last. */
  page: number;
  /** Number of pages (at least 1). */
  pages: number;
  total: number;
  /** Positions (1-based) of the first and last items shown; 0 when none is. */
  from: number;
  to: number;
  /** Asked for a page past the last one (the list is not empty). */
  beyond: boolean;
}

/** The `page`-th slice of `all`, `perPage` items long. */
export function pageOf<T>(all: readonly T[], page: number, perPage = PAGE_SIZE): ListPage<T> {
  const total = all.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const from = items.length ? (page - 1) * perPage + 1 : 0;
  return { items, page, pages, total, from, to: from ? from + items.length - 1 : 0, beyond: total > 0 && page > pages };
}

export type QueryParams = Record<string, string | string[] | undefined>;

/**
 * The same page with list `key` at page `n` (the parameter left out for the first page), every
 * other parameter kept (other lists keep their page), then `#anchor`: shareable links.
 */
export function listPageHref(path: string, params: QueryParams, key: string, n: number, anchor?: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (name === key || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(name, v);
  }
  if (n > 1) query.set(key, String(n));
  const search = query.toString();
  return `${path}${search ? `?${search}` : ""}${anchor ? `#${anchor}` : ""}`;
}

/** Where one list of a page stands: the page it shows and the link to any other. */
export interface ListPaging {
  page: number;
  hrefFor: (page: number) => string;
}

/**
 * The paging of each long list of the page at `path`: `lists` maps each list's query parameter
 * to the id of its section (links come back to it). Each list has its own parameter, so paging
 * one keeps the others where they were; parameters of no list are left out of the links.
 */
export function listPagings<K extends string>(
  path: string,
  params: QueryParams,
  lists: Record<K, string>,
): Record<K, ListPaging> {
  const own: QueryParams = Object.fromEntries(Object.keys(lists).map((key) => [key, params[key]]));
  return Object.fromEntries(
    Object.entries<string>(lists).map(([key, anchor]) => [
      key,
      { page: requestedPage(params[key]), hrefFor: (n: number) => listPageHref(path, own, key, n, anchor) },
    ]),
  ) as Record<K, ListPaging>;
}
