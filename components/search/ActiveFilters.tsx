import { useLocale, useTranslations } from "next-intl";
import type { Facets } from "@/lib/search/facets";
import { filterChips, withoutFilters } from "@/lib/search/active-filters";
import { valueLabel } from "@/lib/search/filter-messages";
import type { SearchParams } from "@/lib/search/params";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The active filters above the results, one removable chip per chosen value, and "Tout effacer".
 * Plain links (followed client-side by the InPlaceLinks around them): they work without JavaScript.
 * The labels are the facets' own, so a chip reads as the value the user clicked.
 */
export function ActiveFilters({ base, params, facets }: { base: string; params: SearchParams; facets: Facets }) {
  const t = useTranslations("search");
  const locale = useLocale() as Locale;
  const chips = filterChips(
    base,
    params,
    (filter, value) => {
      const found = facets[filter.key].find((v) => v.value === value);
      return found && valueLabel(filter, found.value, found.label, locale);
    },
    t,
  );
  if (chips.length === 0) return null;
  return (
    <nav aria-label={t("chips.label")} className="mb-3 flex flex-wrap items-center gap-2 text-sm">
      <ul className="contents">
        {chips.map((chip) => (
          <li key={chip.key}>
            <a href={localizeHref(chip.href, locale)} className="filter-chip">
              <span className="sr-only">{t("chips.remove")} </span>
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </a>
          </li>
        ))}
      </ul>
      <a href={localizeHref(withoutFilters(base, params), locale)} className="font-medium">
        {t("chips.clearAll")}
      </a>
    </nav>
  );
}
