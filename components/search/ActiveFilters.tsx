import type { Facets } from "@/lib/search/facets";
import { filterChips, withoutFilters } from "@/lib/search/active-filters";
import type { SearchParams } from "@/lib/search/params";

/**
 * The active filters above the results, one removable chip per chosen value, and "Tout effacer".
 * Plain links (followed client-side by the InPlaceLinks around them): they work without JavaScript.
 * The labels are the facets' own, so a chip reads as the value the user clicked.
 */
export function ActiveFilters({ base, params, facets }: { base: string; params: SearchParams; facets: Facets }) {
  const chips = filterChips(base, params, (filter, value) => {
    const found = facets[filter.key].find((v) => v.value === value);
    if (!found) return undefined;
    return filter.display ? filter.display(found.value, found.label) : found.label;
  });
  if (chips.length === 0) return null;
  return (
    <nav aria-label="Filtres actifs" className="mb-3 flex flex-wrap items-center gap-2 text-sm">
      <ul className="contents">
        {chips.map((chip) => (
          <li key={chip.key}>
            <a href={chip.href} className="filter-chip">
              <span className="sr-only">Retirer le filtre </span>
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </a>
          </li>
        ))}
      </ul>
      <a href={withoutFilters(base, params)} className="font-medium">
        Tout effacer
      </a>
    </nav>
  );
}
