import type { Precision } from "@/lib/domain/map-place";
import type { MapText } from "./map-text";

/**
 * How the map and its popups speak of a placement's precision. Client-side: the words come as the
 * page's `t` (no catalogue or vocabulary is bundled here).
 */

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

/** The sentence a popup shows under an approximate place, or "" for an exact one. */
export function precisionNote(place: PlacementQuality, t: MapText): string {
  const parts: string[] = [];
  if (place.precision !== "exact")
    parts.push(t("precision.approximate", { note: t(`precision.${PRECISION_NOTE_KEYS[place.precision]}`) }));
  if (place.ambiguous) parts.push(t("precision.homonyms"));
  return parts.join(" ");
}

export function sideLabel(side: "french" | "foreign", t: MapText): string {
  return t(`side.${side}`);
}
