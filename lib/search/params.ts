import { z } from "zod";
import { FUNDER_KINDS, type FunderKind } from "../domain/funder-kinds";
import { stripControlChars } from "../text/control-chars";
import { cleanQuery } from "./query-length";

/**
 * The one schema of search parameters. The search page, the map, the exports and the API all
 * parse the URL with it, so a filter URL means the same thing everywhere. Garbage never throws:
 * an invalid value is dropped (or the default used), so a bad URL gives an empty or broader
 * result rather than an error.
 */

export const FUNDER_KIND_VALUES = Object.keys(FUNDER_KINDS) as [FunderKind, ...FunderKind[]];
export const SORT_VALUES = ["relevance", "start", "title"] as const;
export const PAGE_SIZE = 20;

type Raw = string | string[] | undefined;

/** A list of values from `?k=a&k=b` or `?k=a,b`, keeping only those the item schema accepts. */
function listOf<T>(item: z.ZodType<T>, max = 50) {
  return z.any().optional().transform((raw: Raw): T[] => {
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .flatMap((v) => (typeof v === "string" ? v.split(",") : []))
      .map((v) => stripControlChars(v).trim())
      .filter(Boolean);
    const out: T[] = [];
    for (const v of values) {
      const parsed = item.safeParse(v);
      if (parsed.success && !out.includes(parsed.data)) out.push(parsed.data);
    }
    return out.slice(0, max);
  });
}

/** A single value, or undefined when absent or invalid. */
function oneOf<T>(item: z.ZodType<T>) {
  return z.any().optional().transform((raw: Raw): T | undefined => {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined) return undefined;
    const parsed = item.safeParse(typeof value === "string" ? stripControlChars(value).trim() : value);
    return parsed.success ? parsed.data : undefined;
  });
}

export const FACET_KEYS = ["country", "thematic", "status", "year", "french", "region", "funder", "sdg"] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

const year = z.coerce.number().int().min(1900).max(2100);
const positiveId = z.coerce.number().int().positive().max(2_147_483_647);

export const searchParamsSchema = z.object({
  q: oneOf(z.string()).transform((v) => (v === undefined ? undefined : cleanQuery(v).text)),
  country: listOf(z.string().regex(/^[A-Za-z]{2}$/).transform((v) => v.toUpperCase())),
  thematic: listOf(positiveId),
  primary: oneOf(z.enum(["1", "true"])).transform((v) => v !== undefined),
  status: listOf(z.string().min(1).max(60)),
  from: oneOf(year),
  to: oneOf(year),
  french: listOf(positiveId),
  region: listOf(z.string().regex(/^[0-9A-Za-z]{1,3}$/)),
  funder: listOf(z.enum(FUNDER_KIND_VALUES)),
  sdg: listOf(z.coerce.number().int().min(1).max(17)),
  sort: oneOf(z.enum(SORT_VALUES)),
  page: oneOf(z.coerce.number().int().min(1).max(10_000)).transform((v) => v ?? 1),
  /** Facets the user unfolded to see all their values (display only: filters nothing). */
  more: listOf(z.enum(FACET_KEYS)),
});

export type SearchParams = z.output<typeof searchParamsSchema> & {
  /** The text query resolved to a tsquery (lib/search/text-query.ts); never read from the URL. */
  tsquery?: string;
};

/** Accepts Next's `searchParams` object or URLSearchParams. */
export function parseSearchParams(input: URLSearchParams | Record<string, Raw>): SearchParams {
  const record: Record<string, Raw> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  } else {
    Object.assign(record, input);
  }
  const parsed = searchParamsSchema.parse(record);
  // A reversed year range is read as the range the user meant.
  if (parsed.from !== undefined && parsed.to !== undefined && parsed.from > parsed.to) {
    [parsed.from, parsed.to] = [parsed.to, parsed.from];
  }
  return parsed;
}

/** Back to a query string, omitting defaults, so links and shared URLs stay short. */
export function toQueryString(params: Partial<SearchParams>, overrides: Partial<SearchParams> = {}): string {
  const merged = { ...params, ...overrides };
  const qs = new URLSearchParams();
  if (merged.q) qs.set("q", merged.q);
  for (const key of ["country", "thematic", "status", "french", "region", "funder", "sdg"] as const) {
    for (const v of (merged[key] as (string | number)[] | undefined) ?? []) qs.append(key, String(v));
  }
  if (merged.primary) qs.set("primary", "1");
  if (merged.from !== undefined) qs.set("from", String(merged.from));
  if (merged.to !== undefined) qs.set("to", String(merged.to));
  if (merged.sort) qs.set("sort", merged.sort);
  if (merged.page && merged.page > 1) qs.set("page", String(merged.page));
  for (const key of merged.more ?? []) qs.append("more", key);
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/** How many filters (not the text query) are active: shown on the phone's "Filtres" button. */
export function activeFilterCount(params: SearchParams): number {
  const lists = params.country.length + params.thematic.length + params.status.length + params.french.length +
    params.region.length + params.funder.length + params.sdg.length;
  return lists + (params.from !== undefined || params.to !== undefined ? 1 : 0);
}

export function effectiveSort(params: SearchParams): (typeof SORT_VALUES)[number] {
  return params.sort ?? (params.q ? "relevance" : "start");
}
