import type { RangeCount } from "@/lib/search/facets";
import type { RangeFilterOf } from "@/lib/search/filter-registry";
import { toQueryString, type SearchParams } from "@/lib/search/params";
import { plural } from "@/lib/text/format";

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
  const { from, to, input } = filter;
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
        {filter.title}
      </h3>
      <form method="get" action={base} className="flex flex-wrap items-end gap-2 text-sm">
        {others.flatMap(([k, v]) =>
          (Array.isArray(v) ? v : v === undefined || v === false ? [] : [v === true ? "1" : v]).map((x, i) => (
            <input key={`${k}-${i}`} type="hidden" name={k} value={String(x)} />
          )),
        )}
        {bound(from, input.fromLabel, params[from], counts[0]?.value)}
        {bound(to, input.toLabel, params[to], counts[counts.length - 1]?.value)}
        <button type="submit" className="rounded bg-slate-200 px-3 py-1.5 hover:bg-slate-300">
          Appliquer
        </button>
      </form>
      {counts.length > 0 && <Histogram filter={filter} base={base} params={params} counts={counts} />}
    </section>
  );
}

/**
 * One bar per value, its height the count: each bar is a link choosing that value alone, named
 * for screen readers ("2015 : 3 projets"). Bars inside the chosen range are darker.
 */
function Histogram({
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
  const max = Math.max(...counts.map((c) => c.count));
  const [low, high] = [params[filter.from] ?? -Infinity, params[filter.to] ?? Infinity];
  return (
    <div className="mt-3">
      <ul
        aria-label={`Projets par ${filter.title.toLowerCase()}`}
        className="flex h-16 items-end gap-px border-b border-slate-400"
      >
        {counts.map((c) => (
          <li key={c.value} className="flex h-full min-w-0 flex-1 items-end">
            <a
              href={`${base}${toQueryString(params, { [filter.from]: c.value, [filter.to]: c.value, page: 1 } as Partial<SearchParams>)}`}
              aria-label={`${c.value} : ${plural(c.count, "projet", "projets")}`}
              title={`${c.value} : ${plural(c.count, "projet", "projets")}`}
              className={`block w-full rounded-t-sm ${c.value >= low && c.value <= high ? "bg-marine-600 hover:bg-marine-800" : "bg-slate-300 hover:bg-slate-500"}`}
              style={{ height: `${Math.max(8, Math.round((c.count / max) * 100))}%` }}
            >
              <span className="sr-only">{`${c.value} : ${plural(c.count, "projet", "projets")}`}</span>
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
