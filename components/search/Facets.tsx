import type { Facets as FacetData, ThematicFacetValue } from "@/lib/search/facets";
import { toQueryString, type SearchParams } from "@/lib/search/params";
import { funderKindLabel } from "@/lib/domain/funder-kinds";
import { FacetList, type FacetFold, type FacetLink } from "./FacetList";

type ListKey = "country" | "thematic" | "status" | "french" | "region" | "funder" | "sdg";

const NUMERIC: ListKey[] = ["thematic", "french", "sdg"];
/** Values a folded facet shows (the rest behind "Voir N de plus"); themes get a little more room. */
const FACET_VALUES_SHOWN = 8;
const THEMES_SHOWN = 12;

function toggle<T extends string | number>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function isSelected(params: SearchParams, key: ListKey, raw: string): boolean {
  return (params[key] as (string | number)[]).includes(NUMERIC.includes(key) ? Number(raw) : raw);
}

function hrefFor(base: string, params: SearchParams, key: ListKey, raw: string): string {
  const next = toggle(params[key] as (string | number)[], NUMERIC.includes(key) ? Number(raw) : raw);
  return `${base}${toQueryString(params, { [key]: next, page: 1 } as Partial<SearchParams>)}`;
}

/**
 * The values a facet shows: its most frequent ones and any pinned one (selected, by default), or
 * all once the user unfolded it (`?more=`). Links are built for those only: a facet can hold
 * thousands of values.
 */
function visible<T extends { value: string }>(
  base: string, params: SearchParams, key: ListKey, values: T[], limit: number,
  pinned: (v: T) => boolean = (v) => isSelected(params, key, v.value),
) {
  const expanded = params.more.includes(key);
  const shown = expanded ? values : values.filter((v, i) => i < limit || pinned(v));
  const hidden = values.length - shown.length;
  const more = expanded ? params.more.filter((k) => k !== key) : [...params.more, key];
  const fold: FacetFold | undefined =
    hidden > 0 || (expanded && values.length > limit)
      ? { label: expanded ? "Voir moins" : `Voir ${hidden} de plus`, href: `${base}${toQueryString(params, { more })}` }
      : undefined;
  return { shown, fold };
}

function thematicTree(base: string, params: SearchParams, values: ThematicFacetValue[], limit: number) {
  const byParent = new Map<string | null, ThematicFacetValue[]>();
  for (const v of values) {
    const parent = v.level === 1 ? null : v.parent;
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(v);
    else byParent.set(parent, [v]);
  }
  // Sub-themes are shown under a theme once the user has picked it (or one of its children).
  const hasSelection = (v: ThematicFacetValue): boolean =>
    isSelected(params, "thematic", v.value) || (byParent.get(v.value) ?? []).some(hasSelection);
  const toLink = (v: ThematicFacetValue): FacetLink => ({
    key: v.value,
    label: v.label,
    count: v.count,
    href: hrefFor(base, params, "thematic", v.value),
    selected: isSelected(params, "thematic", v.value),
    children: hasSelection(v) ? (byParent.get(v.value) ?? []).map(toLink) : [],
  });
  // A theme whose sub-theme is selected stays in view, like a selected theme.
  const { shown, fold } = visible(base, params, "thematic", byParent.get(null) ?? [], limit, hasSelection);
  return { items: shown.map(toLink), fold };
}

/** The facets column; its links are plain <a> followed client-side by FiltersPanel (the map page wraps it the same way). */
export function Facets({ base, params, facets }: { base: string; params: SearchParams; facets: FacetData }) {
  const simple = (key: ListKey, values: { value: string; label: string; count: number }[], label = (v: { value: string; label: string }) => v.label, limit = FACET_VALUES_SHOWN) => {
    const { shown, fold } = visible(base, params, key, values, limit);
    const items = shown.map((v) => ({ key: v.value, label: label(v), count: v.count, href: hrefFor(base, params, key, v.value), selected: isSelected(params, key, v.value) }));
    return { items, fold };
  };
  const thematic = thematicTree(base, params, facets.thematic, THEMES_SHOWN);
  const yearMin = facets.year[0]?.year;
  const yearMax = facets.year[facets.year.length - 1]?.year;
  return (
    <div className="space-y-4">
      <FacetList title="Pays du partenaire" {...simple("country", facets.country)} />
      <div>
        <FacetList title="Thématique" {...thematic} />
        <a
          href={`${base}${toQueryString(params, { primary: !params.primary, page: 1 })}`}
          aria-current={params.primary ? "true" : undefined}
          className="mt-1 inline-block text-sm"
        >
          {params.primary ? "✓ Thématique principale uniquement (retirer)" : "Compter la thématique principale uniquement"}
        </a>
      </div>
      <FacetList title="Statut" {...simple("status", facets.status)} />
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
      <FacetList title="Collectivité française" {...simple("french", facets.french)} />
      <FacetList title="Région française" {...simple("region", facets.region)} />
      <FacetList title="Type de financeur" {...simple("funder", facets.funder, (v) => funderKindLabel(v.label))} />
      <FacetList title="Objectif de développement durable" {...simple("sdg", facets.sdg, (v) => `ODD ${v.value} – ${v.label}`)} emptyLabel="Aucun ODD renseigné pour ces projets" />
    </div>
  );
}
