import type { RangeCount } from "@/lib/search/facets";
import type { RangeFilterOf } from "@/lib/search/filter-registry";
import type { SearchParams } from "@/lib/search/params";

/**
 * A range facet as declared in lib/search/filter-registry.ts: a GET form with its two bounds
 * (the other params ride along as hidden fields, so it works without JavaScript) and the
 * counts per value below.
 */
export function RangeFacet({ filter, base, params, counts }: { filter: RangeFilterOf; base: string; params: SearchParams; counts: RangeCount[] }) {
  const { from, to, input } = filter;
  const id = `facette-${filter.key}`;
  const others = Object.entries({ ...params, [from]: undefined, [to]: undefined, page: undefined });
  const bound = (name: string, label: string, value: number | undefined, placeholder: number | undefined) => (
    <label className="flex flex-col">
      {label}
      <input name={name} type="number" inputMode="numeric" min={input.min} max={input.max} defaultValue={value ?? ""} placeholder={placeholder ? String(placeholder) : ""} className="w-24 rounded border border-slate-400 px-2 py-1" />
    </label>
  );
  return (
    <section aria-labelledby={id} className="border-b border-slate-200 pb-3">
      <h3 id={id} className="mb-2 text-sm font-semibold">{filter.title}</h3>
      <form method="get" action={base} className="flex flex-wrap items-end gap-2 text-sm">
        {others.flatMap(([k, v]) =>
          (Array.isArray(v) ? v : v === undefined || v === false ? [] : [v === true ? "1" : v]).map((x, i) => (
            <input key={`${k}-${i}`} type="hidden" name={k} value={String(x)} />
          )),
        )}
        {bound(from, input.fromLabel, params[from], counts[0]?.value)}
        {bound(to, input.toLabel, params[to], counts[counts.length - 1]?.value)}
        <button className="rounded bg-slate-200 px-3 py-1.5 hover:bg-slate-300">Appliquer</button>
      </form>
      {counts.length > 0 && (
        <p className="mt-1 text-xs text-slate-600">
          {counts.map((c) => `${c.value} : ${c.count}`).join(" · ")}
        </p>
      )}
    </section>
  );
}
