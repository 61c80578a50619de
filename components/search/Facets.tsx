import Link from "next/link";
import type { Facets as FacetData, ThematicFacetValue } from "@/lib/search/facets";
import { toQueryString, type SearchParams } from "@/lib/search/params";
import { funderKindLabel } from "@/lib/domain/funder-kinds";
import { FacetList, type FacetLink } from "./FacetList";

type ListKey = "country" | "thematic" | "status" | "french" | "region" | "funder" | "sdg";

function toggle<T extends string | number>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function link(base: string, params: SearchParams, key: ListKey, raw: string) {
  const current = params[key] as (string | number)[];
  const value = typeof current[0] === "number" || ["thematic", "french", "sdg"].includes(key) ? Number(raw) : raw;
  const selected = current.includes(value as never);
  const next = toggle(current as (string | number)[], value);
  return { selected, href: `${base}${toQueryString(params, { [key]: next, page: 1 } as Partial<SearchParams>)}` };
}

function thematicTree(base: string, params: SearchParams, values: ThematicFacetValue[]): FacetLink[] {
  const byParent = new Map<string | null, ThematicFacetValue[]>();
  for (const v of values) byParent.set(v.level === 1 ? null : v.parent, [...(byParent.get(v.level === 1 ? null : v.parent) ?? []), v]);
  const build = (parent: string | null): FacetLink[] =>
    (byParent.get(parent) ?? []).map((v) => {
      const { selected, href } = link(base, params, "thematic", v.value);
      // Sub-themes are shown under a theme once the user has picked it (or one of its children).
      const children = build(v.value);
      const open = selected || children.some((c) => c.selected || c.children?.some((g) => g.selected));
      return { key: v.value, label: v.label, count: v.count, href, selected, children: open ? children : [] };
    });
  return build(null);
}

export function Facets({ base, params, facets }: { base: string; params: SearchParams; facets: FacetData }) {
  const simple = (key: ListKey, values: { value: string; label: string; count: number }[], label = (v: { value: string; label: string }) => v.label) =>
    values.map((v) => ({ key: v.value, label: label(v), count: v.count, ...link(base, params, key, v.value) }));
  const yearMin = facets.year[0]?.year;
  const yearMax = facets.year[facets.year.length - 1]?.year;
  return (
    <div className="space-y-4">
      <FacetList title="Pays du partenaire" items={simple("country", facets.country)} />
      <div>
        <FacetList title="Thématique" items={thematicTree(base, params, facets.thematic)} limit={20} />
        <Link
          href={`${base}${toQueryString(params, { primary: !params.primary, page: 1 })}`}
          scroll={false}
          aria-current={params.primary ? "true" : undefined}
          className="mt-1 inline-block text-sm"
        >
          {params.primary ? "✓ Thématique principale uniquement (retirer)" : "Compter la thématique principale uniquement"}
        </Link>
      </div>
      <FacetList title="Statut" items={simple("status", facets.status)} />
      <section aria-labelledby="facette-annees" className="border-b border-slate-200 pb-3">
        <h3 id="facette-annees" className="mb-2 text-sm font-semibold">Année de début</h3>
        <form method="get" action={base} className="flex flex-wrap items-end gap-2 text-sm">
          {Object.entries({ ...params, from: undefined, to: undefined, page: undefined }).flatMap(([k, v]) =>
            (Array.isArray(v) ? v : v === undefined || v === false ? [] : [v === true ? "1" : v]).map((x, i) => (
              <input key={`${k}-${i}`} type="hidden" name={k} value={String(x)} />
            )),
          )}
          <label className="flex flex-col">
            De
            <input name="from" type="number" inputMode="numeric" min={1950} max={2100} defaultValue={params.from ?? ""} placeholder={yearMin ? String(yearMin) : ""} className="w-24 rounded border border-slate-400 px-2 py-1" />
          </label>
          <label className="flex flex-col">
            à
            <input name="to" type="number" inputMode="numeric" min={1950} max={2100} defaultValue={params.to ?? ""} placeholder={yearMax ? String(yearMax) : ""} className="w-24 rounded border border-slate-400 px-2 py-1" />
          </label>
          <button className="rounded bg-slate-200 px-3 py-1.5 hover:bg-slate-300">Appliquer</button>
        </form>
        {facets.year.length > 0 && (
          <p className="mt-1 text-xs text-slate-600">
            {facets.year.map((y) => `${y.year} : ${y.count}`).join(" · ")}
          </p>
        )}
      </section>
      <FacetList title="Collectivité française" items={simple("french", facets.french)} />
      <FacetList title="Région française" items={simple("region", facets.region)} />
      <FacetList title="Type de financeur" items={simple("funder", facets.funder, (v) => funderKindLabel(v.label))} />
      <FacetList title="Objectif de développement durable" items={simple("sdg", facets.sdg, (v) => `ODD ${v.value} – ${v.label}`)} emptyLabel="Aucun ODD renseigné pour ces projets" />
    </div>
  );
}
