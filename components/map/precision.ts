import type { Precision } from "@/lib/domain/map-place";

/** How the map and its table speak of a placement's precision. Client-safe. */

export interface PlacementQuality {
  precision: Precision;
  ambiguous: boolean;
}

/** Anything but an exact, unambiguous placement is drawn differently and says so. */
export function isApproximate(place: PlacementQuality): boolean {
  return place.precision !== "exact" || place.ambiguous;
}

/** Short label for the table's "Précision" column. */
export const PRECISION_LABELS: Record<Precision, string> = {
  exact: "Précise",
  fuzzy: "Probable",
  "city-part": "Ville de rattachement",
  region: "Région ou province",
  country: "Pays seulement",
  none: "Non placée",
};

const PRECISION_NOTES: Record<Precision, string> = {
  exact: "",
  fuzzy: "le nom ne correspond qu'approximativement au répertoire géographique.",
  "city-part": "ce quartier ou arrondissement est placé sur sa ville.",
  region: "placée sur le chef-lieu de sa région ou province.",
  country: "seul le pays est connu : placée sur sa capitale.",
  none: "position inconnue.",
};

export function precisionLabel(place: PlacementQuality): string {
  const label = PRECISION_LABELS[place.precision];
  return place.ambiguous ? `${label}, incertaine (homonymes)` : label;
}

/** The sentence a popup shows under an approximate place, or "" for an exact one. */
export function precisionNote(place: PlacementQuality): string {
  const parts: string[] = [];
  if (place.precision !== "exact") parts.push(`Position approximative : ${PRECISION_NOTES[place.precision]}`);
  if (place.ambiguous) parts.push("Plusieurs lieux portent ce nom : la position peut être erronée.");
  return parts.join(" ");
}

export function sideLabel(side: "french" | "foreign"): string {
  return side === "french" ? "Collectivité française" : "Partenaire étranger";
}
