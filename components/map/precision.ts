import type { Precision } from "@/lib/domain/map-place";
import { PRECISION_LABELS } from "@/lib/domain/precision-labels";
import { precisionLabel as dataPrecisionLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import { FRENCH_MAP_TEXT, type MapText } from "./map-text";

/** How the map and its table speak of a placement's precision. Client-safe. */

export interface PlacementQuality {
  precision: Precision;
  ambiguous: boolean;
}

/** Anything but an exact, unambiguous placement is drawn differently and says so. */
export function isApproximate(place: PlacementQuality): boolean {
  return place.precision !== "exact" || place.ambiguous;
}

/** Keys of the `map.precision` messages explaining an approximate placement. */
const PRECISION_NOTE_KEYS: Record<Exclude<Precision, "exact">, string> = {
  fuzzy: "fuzzy",
  "city-part": "cityPart",
  region: "region",
  country: "country",
  none: "none",
};

export function precisionLabel(place: PlacementQuality, locale: Locale = "fr", t: MapText = FRENCH_MAP_TEXT): string {
  const label = dataPrecisionLabel(PRECISION_LABELS[place.precision], locale);
  return place.ambiguous ? t("precision.ambiguous", { label }) : label;
}

/** The sentence a popup shows under an approximate place, or "" for an exact one. */
export function precisionNote(place: PlacementQuality, t: MapText = FRENCH_MAP_TEXT): string {
  const parts: string[] = [];
  if (place.precision !== "exact")
    parts.push(t("precision.approximate", { note: t(`precision.${PRECISION_NOTE_KEYS[place.precision]}`) }));
  if (place.ambiguous) parts.push(t("precision.homonyms"));
  return parts.join(" ");
}

export function sideLabel(side: "french" | "foreign", t: MapText = FRENCH_MAP_TEXT): string {
  return t(`side.${side}`);
}
