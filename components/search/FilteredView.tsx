import type { Facets as FacetData } from "@/lib/search/facets";
import { activeFilterCount, type SearchParams } from "@/lib/search/params";
import { Facets } from "./Facets";
import { FiltersPanel } from "./FiltersPanel";

/** The filters column beside a view of the search (list, map, network); the view comes as children. */
export function FilteredView({
  base,
  params,
  facets,
  children,
}: {
  base: string;
  params: SearchParams;
  facets: FacetData;
  children: React.ReactNode;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
      <FiltersPanel activeCount={activeFilterCount(params)}>
        <Facets base={base} params={params} facets={facets} />
      </FiltersPanel>
      {children}
    </div>
  );
}
