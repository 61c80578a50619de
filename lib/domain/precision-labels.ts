import type { Precision } from "./map-place";

/**
 * The French names of a placement's precision: the map table's "Précision" column, the place
 * page. Declared once; lib/i18n/data-labels.ts gives their English names.
 */
export const PRECISION_LABELS: Record<Precision, string> = {
  exact: "Précise",
  fuzzy: "Probable",
  "city-part": "Ville de rattachement",
  region: "Région ou province",
  country: "Pays seulement",
  none: "Non placée",
};
