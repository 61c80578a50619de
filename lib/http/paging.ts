import { z } from "zod";
import { toQueryString, type SearchParams } from "../search/params";

/**
 * Paging of GET /api/projects: `page` from 1, `pageSize` from 1 to 100 (20 when absent). A value
 * out of range or not a whole number is refused with a 400 rather than quietly replaced, so a
 * client never mistakes another page for the one it asked for.
 */
export const API_PAGE_SIZE = 20;
export const MAX_API_PAGE_SIZE = 100;
const MAX_PAGE = 10_000;

const pagingSchema = z.object({
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_API_PAGE_SIZE).default(API_PAGE_SIZE),
});

export type Paging = z.output<typeof pagingSchema>;

export function readPaging(search: URLSearchParams): Paging | { error: string } {
  const parsed = pagingSchema.safeParse({
    page: search.get("page") ?? undefined,
    pageSize: search.get("pageSize") ?? undefined,
  });
  if (parsed.success) return parsed.data;
  return { error: `page doit être un entier de 1 à ${MAX_PAGE}, pageSize un entier de 1 à ${MAX_API_PAGE_SIZE}` };
}

/** The query string of another page of the same search, with the parameters as they were read. */
export function pageQueryString(params: SearchParams, page: number, pageSize: number): string {
  const query = new URLSearchParams(toQueryString(params, { page, more: [] }).slice(1));
  query.set("page", String(page));
  query.set("pageSize", String(pageSize));
  return `?${query}`;
}
