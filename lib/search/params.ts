import { z } from "zod";
import type { Locale } from "../i18n/routing";
import { stripControlChars } from "../text/control-chars";
import type { FieldsOf, FilterValue } from "./filter-kinds";
import { FACET_KEYS, FILTERS, LIST_FILTERS, RANGE_FILTERS, type Filter } from "./filter-registry";
import { cleanQuery } from "./query-length";

/**
 * The one schema of search parameters. The search page, the map, the exports and the API all
 * parse the URL with it, so a filter URL means the same thing everywhere. Garbage never throws:
 * an invalid value is dropped (or the default used), so a bad URL gives an empty or broader
 * result rather than an error. The filters' fields come from lib/search/filter-registry.ts.
 */

export { FUNDER_KIND_VALUES } from "./filter-registry";
export const SORT_VALUES = ["relevance", "start", "title"] as const;
export const PAGE_SIZE = 20;

type Raw = string | string[] | undefined;

/** A list of values from `?k=a&k=b` or `?k=a,b`, keeping only those the item schema accepts. */
function listOf<T>(item: z.ZodType<T>, max = 50) {
  return z
    .any()
    .optional()
    .transform((raw: Raw): T[] => {
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
  return z
    .any()
    .optional()
    .transform((raw: Raw): T | undefined => {
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (value === undefined) return undefined;
      const parsed = item.safeParse(typeof value === "string" ? stripControlChars(value).trim() : value);
      return parsed.success ? parsed.data : undefined;
    });
}

const flag = oneOf(z.enum(["1", "true"])).transform((v) => v !== undefined);

const baseSchema = z.object({
  q: oneOf(z.string()).transform((v) => (v === undefined ? undefined : cleanQuery(v).text)),
  sort: oneOf(z.enum(SORT_VALUES)),
  page: oneOf(z.coerce.number().int().min(1).max(10_000)).transform((v) => v ?? 1),
  /** Facets the user unfolded to see all their values (display only: filters nothing). */
  more: listOf(z.enum(FACET_KEYS)),
});

/** Each filter's URL fields: a list, its variant's yes/no flag, or a range's two bounds. */
function filterShape(filter: Filter): [string, z.ZodType][] {
  if (filter.kind === "range")
    return [
      [filter.from, oneOf(filter.item)],
      [filter.to, oneOf(filter.item)],
    ];
  const variant: [string, z.ZodType][] = filter.variant ? [[filter.variant.flag, flag]] : [];
  return [[filter.key, listOf<FilterValue>(filter.item)], ...variant];
}

export const searchParamsSchema = baseSchema.extend(Object.fromEntries(FILTERS.flatMap(filterShape)));

type FilterField = FieldsOf<Filter>;
/** `params.country` is `string[]`, `params.sdg` `number[]`, `params.primary` a boolean, `params.from` a number or absent… */
export type FilterParams = { [F in FilterField as F["optional"] extends false ? F["key"] : never]: F["value"] } & {
  [F in FilterField as F["optional"] extends true ? F["key"] : never]?: F["value"];
};

export type SearchParams = z.output<typeof baseSchema> &
  FilterParams & {
    /** The text query resolved to a tsquery (lib/search/text-query.ts); never read from the URL. */
    tsquery?: string;
    /**
     * The language the text query is read in (lib/search/filters.ts: English words and stop
     * words too in English); French when absent. The page's language, never a URL parameter
     * of the pages (the API reads its `lang`).
     */
    locale?: Locale;
  };

/** Accepts Next's `searchParams` object or URLSearchParams; `locale` is the language the text query is in. */
export function parseSearchParams(input: URLSearchParams | Record<string, Raw>, locale: Locale = "fr"): SearchParams {
  const record: Record<string, Raw> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  } else {
    Object.assign(record, input);
  }
  const parsed = searchParamsSchema.parse(record) as SearchParams;
  if (locale !== "fr") parsed.locale = locale;
  // A reversed range is read as the range the user meant.
  for (const { from, to } of RANGE_FILTERS) {
    const [low, high] = [parsed[from], parsed[to]];
    if (low !== undefined && high !== undefined && low > high) [parsed[from], parsed[to]] = [high, low];
  }
  return parsed;
}

/** Back to a query string, omitting defaults, so links and shared URLs stay short. */
export function toQueryString(params: Partial<SearchParams>, overrides: Partial<SearchParams> = {}): string {
  const merged: Partial<SearchParams> = { ...params, ...overrides };
  const qs = new URLSearchParams();
  if (merged.q) qs.set("q", merged.q);
  for (const { key } of LIST_FILTERS) for (const v of merged[key] ?? []) qs.append(key, String(v));
  for (const { variant } of LIST_FILTERS) if (variant && merged[variant.flag]) qs.set(variant.flag, "1");
  for (const { from, to } of RANGE_FILTERS) {
    if (merged[from] !== undefined) qs.set(from, String(merged[from]));
    if (merged[to] !== undefined) qs.set(to, String(merged[to]));
  }
  if (merged.sort) qs.set("sort", merged.sort);
  if (merged.page && merged.page > 1) qs.set("page", String(merged.page));
  for (const key of merged.more ?? []) qs.append("more", key);
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/** How many filters (not the text query) are active: shown on the phone's "Filtres" button. */
export function activeFilterCount(params: SearchParams): number {
  const values = LIST_FILTERS.reduce((n, { key }) => n + params[key].length, 0);
  const ranges = RANGE_FILTERS.filter(({ from, to }) => params[from] !== undefined || params[to] !== undefined).length;
  return values + ranges;
}

export function effectiveSort(params: SearchParams): (typeof SORT_VALUES)[number] {
  return params.sort ?? (params.q ? "relevance" : "start");
}
