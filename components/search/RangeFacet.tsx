import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { RangeCount } from "@/lib/search/facets";
import { boundKey, filterTitleKey } from "@/lib/search/filter-messages";
import type { RangeFilterOf } from "@/lib/search/filter-registry";
import { toQueryString, type SearchParams } from "@/lib/search/params";

/**
 * A range facet as declared in lib/search/filter-registry.ts: a GET form with its two bounds
 * (the other params ride along as hidden fields, so it works without JavaScript) and the
 * counts per value below as a histogram.
 */
export function RangeFacet({
  filter,
  base,
  params,
  counts,
}: {
  filter: RangeFilterOf;
  base: string;
  params: SearchParams;
  counts: RangeCount[];
}) {
  const t = useTranslations("search");
  const locale = useLocale() as Locale;
  const { from, to, input } = filter;
  const title = t(filterTitleKey(filter));
  const id = `facette-${filter.key}`;
  const others = Object.entries({ ...params, [from]: undefined, [to]: undefined, page: undefined });
  const bound = (name: string, label: string, value: number | undefined, placeholder: number | undefined) => (
    <label className="flex flex-col">
      {label}
      <input
        name={name}
        type="number"
        inputMode="numeric"
        min={input.min}
        max={input.max}
        defaultValue={value ?? ""}
        placeholder={placeholder ? String(placeholder) : ""}
        className="w-24 rounded border border-slate-400 px-2 py-1"
      />
    </label>
  );
  return (
    <section aria-labelledby={id} className="border-b border-slate-200 pb-3">
      <h3 id={id} className="mb-2 text-sm font-semibold">
        {title}
      </h3>
      <form method="get" action={localizeHref(base, locale)} className="flex flex-wrap items-end gap-2 text-sm">
        {others.flatMap(([k, v]) =>
          (Array.isArray(v) ? v : v === undefined || v === false ? [] : [v === true ? "1" : v]).map((x, i) => (
            <input key={`${k}-${i}`} type="hidden" name={k} value={String(x)} />
          )),
        )}
        {bound(from, t(boundKey(filter, "from")), params[from], counts[0]?.value)}
        {bound(to, t(boundKey(filter, "to")), params[to], counts[counts.length - 1]?.value)}
        <button type="submit" className="rounded bg-slate-200 px-3 py-1.5 hover:bg-slate-300">
          {t("facet.apply")}
        </button>
      </form>
      {counts.length > 0 && <Histogram filter={filter} title={title} base={base} params={params} counts={counts} />}
    </section>
  );
}

/**
 * One bar per value, its height the count: each bar is a link choosing that value alone, named
 * for screen readers ("2015 : 3 projets"). Bars inside the chosen range are darker.
 */
function Histogram({
  filter,
  title,
  base,
  params,
  counts,
}: {
  filter: RangeFilterOf;
  title: string;
  base: string;
  params: SearchParams;
  counts: RangeCount[];
}) {
  const t = useTranslations("search.facet");
  const locale = useLocale() as Locale;
  // A year is a name, not an amount: passed as text, it is not grouped ("2 015").
  const bar = (c: RangeCount) => t("bar", { value: String(c.value), count: c.count });
  const max = Math.max(...counts.map((c) => c.count));
  const [low, high] = [params[filter.from] ?? -Infinity, params[filter.to] ?? Infinity];
  return (
    <div className="mt-3">
      <ul
        aria-label={t("histogram", { title: title.toLowerCase() })}
        className="flex h-16 items-end gap-px border-b border-slate-400"
      >
        {counts.map((c) => (
          <li key={c.value} className="flex h-full min-w-0 flex-1 items-end">
            <a
              href={localizeHref(
                `${base}${toQueryString(params, { [filter.from]: c.value, [filter.to]: c.value, page: 1 } as Partial<SearchParams>)}`,
                locale,
              )}
              aria-label={bar(c)}
              title={bar(c)}
              className={`block w-full rounded-t-sm ${c.value >= low && c.value <= high ? "bg-marine-600 hover:bg-marine-800" : "bg-slate-300 hover:bg-slate-500"}`}
              style={{ height: `${Math.max(8, Math.round((c.count / max) * 100))}%` }}
            >
              <span className="sr-only">{bar(c)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-1 flex justify-between text-xs text-slate-600" aria-hidden="true">
        <span>{counts[0].value}</span>
        <span>{counts[counts.length - 1].value}</span>
      </p>
    </div>
  );
}
