import type { MapPoint } from "@/lib/domain/map-place";
import { FRENCH_MAP_TEXT, type MapText } from "./map-text";

/** "12 lieux · 9 partenaires étrangers · 3 collectivités françaises · 5 projets" (projects counted once, by the query). */
export function mapSummary(
  places: Pick<MapPoint, "side">[],
  projectCount: number,
  t: MapText = FRENCH_MAP_TEXT,
): string {
  const foreign = places.filter((p) => p.side === "foreign").length;
  return t("summary", { places: places.length, foreign, french: places.length - foreign, projects: projectCount });
}

export interface CountryChoice {
  value: string;
  label: string;
  count: number;
}

/** The countries to zoom on, by name; a chosen country no project matches is kept first, so the form still shows it. */
export function zoomCountries(facet: CountryChoice[], selected: string, locale = "fr"): CountryChoice[] {
  const countries = [...facet].sort((a, b) => a.label.localeCompare(b.label, locale));
  if (selected && !countries.some((c) => c.value === selected))
    countries.unshift({ value: selected, label: selected, count: 0 });
  return countries;
}
