import type { Facets as FacetData } from "@/lib/search/facets";
import { FILTERS } from "@/lib/search/filter-registry";
import type { SearchParams } from "@/lib/search/params";
import { ListFacet } from "./ListFacet";
import { RangeFacet } from "./RangeFacet";

/**
 * The facets column: one facet per filter of lib/search/filter-registry.ts, in its order. Its
 * links are plain <a> followed client-side by FiltersPanel (the map page wraps it the same way).
 */
export function Facets({ base, params, facets }: { base: string; params: SearchParams; facets: FacetData }) {
  return (
    <div className="space-y-4">
      {FILTERS.map((filter) =>
        filter.kind === "range" ? (
          <RangeFacet key={filter.key} filter={filter} base={base} params={params} counts={facets[filter.key]} />
        ) : (
          <ListFacet key={filter.key} filter={filter} base={base} params={params} values={facets[filter.key]} />
        ),
      )}
    </div>
  );
}
