/**
 * Names of French collectivités that etalab cannot know: regions merged in 2016 (fiches from
 * 2010 still say "Région Rhône-Alpes") and a few usual names. Keys are name keys (nameKey)
 * without the "region"/"conseil regional" word.
 */

/** Former region → current region code, and the former seat (INSEE) used as its point. */
export const FORMER_REGIONS: Record<string, { region: string; seat: string }> = {
  alsace: { region: "44", seat: "67482" },
  lorraine: { region: "44", seat: "57463" },
  "champagne ardenne": { region: "44", seat: "51108" },
  aquitaine: { region: "75", seat: "33063" },
  limousin: { region: "75", seat: "87085" },
  "poitou charentes": { region: "75", seat: "86194" },
  auvergne: { region: "84", seat: "63113" },
  "rhone alpes": { region: "84", seat: "69123" },
  bourgogne: { region: "27", seat: "21231" },
  "franche comte": { region: "27", seat: "25056" },
  "basse normandie": { region: "28", seat: "14118" },
  "haute normandie": { region: "28", seat: "76540" },
  "languedoc roussillon": { region: "76", seat: "34172" },
  "midi pyrenees": { region: "76", seat: "31555" },
  "nord pas de calais": { region: "32", seat: "59350" },
  picardie: { region: "32", seat: "80021" },
  centre: { region: "24", seat: "45234" },
};

/** Other names of current regions. */
export const REGION_ALIASES: Record<string, string> = {
  paca: "93",
  sud: "93",
  "provence alpes cote azur": "93",
  corse: "94",
  "centre val loire": "24",
  reunion: "04",
};

/** Whole-name aliases, checked first (keys are nameKey of the full label). */
export const WHOLE_NAME_ALIASES: Record<string, { kind: "region" | "departement" | "epci"; code: string }> = {
  "collectivite de corse": { kind: "region", code: "94" },
  "collectivite territoriale de corse": { kind: "region", code: "94" },
  // Bas-Rhin and Haut-Rhin merged in 2021; etalab still lists them, the seat is Strasbourg.
  "collectivite europeenne d alsace": { kind: "departement", code: "67" },
  "grand lyon": { kind: "epci", code: "200046977" },
  "region sud": { kind: "region", code: "93" },
};
