import type { MapPoint } from "@/lib/domain/map-place";
import { plural } from "@/lib/text/format";

/** "12 lieux · 9 partenaires étrangers · 3 collectivités françaises · 5 projets" (projects counted once, by the query). */
export function mapSummary(places: Pick<MapPoint, "side">[], projectCount: number): string {
  const foreignCount = places.filter((p) => p.side === "foreign").length;
  return [
    plural(places.length, "lieu", "lieux"),
    plural(foreignCount, "partenaire étranger", "partenaires étrangers"),
    plural(places.length - foreignCount, "collectivité française", "collectivités françaises"),
    plural(projectCount, "projet", "projets"),
  ].join(" · ");
}

export interface CountryChoice {
  value: string;
  label: string;
  count: number;
}

/** The countries to zoom on, by name; a chosen country no project matches is kept first, so the form still shows it. */
export function zoomCountries(facet: CountryChoice[], selected: string): CountryChoice[] {
  const countries = [...facet].sort((a, b) => a.label.localeCompare(b.label, "fr"));
  if (selected && !countries.some((c) => c.value === selected))
    countries.unshift({ value: selected, label: selected, count: 0 });
  return countries;
}
