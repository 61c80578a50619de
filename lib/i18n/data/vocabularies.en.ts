import type { EmbassyRole } from "../../domain/embassy-roles";
import type { FunderKind } from "../../domain/funder-kinds";
import type { Precision } from "../../domain/map-place";

/**
 * English names of the atlas's small vocabularies. The French names are declared where the
 * vocabulary is (lib/domain, lib/fiche/sdg.ts, components/map/precision.ts); these mirror them.
 */

/** Project statuses, keyed by the folded French status (masculine and feminine forms). */
export const STATUS_EN: Record<string, string> = {
  "en cours": "Ongoing",
  termine: "Completed",
  terminee: "Completed",
  acheve: "Completed",
  achevee: "Completed",
  "en preparation": "In preparation",
  "en projet": "Planned",
  suspendu: "Suspended",
  suspendue: "Suspended",
  abandonne: "Abandoned",
  abandonnee: "Abandoned",
};

export const FUNDER_KIND_EN: Record<FunderKind, string> = {
  meae: "Ministry for Europe and Foreign Affairs",
  "own-collectivite": "Lead French local authority",
  "french-collectivite": "Other French local authorities",
  "foreign-partners": "Foreign partners",
  "water-agency": "Water agencies (1% for water)",
  other: "Other funders",
};

/** The 17 Sustainable Development Goals, with the United Nations' official English short titles. */
export const SDG_EN: Record<number, string> = {
  1: "No poverty",
  2: "Zero hunger",
  3: "Good health and well-being",
  4: "Quality education",
  5: "Gender equality",
  6: "Clean water and sanitation",
  7: "Affordable and clean energy",
  8: "Decent work and economic growth",
  9: "Industry, innovation and infrastructure",
  10: "Reduced inequalities",
  11: "Sustainable cities and communities",
  12: "Responsible consumption and production",
  13: "Climate action",
  14: "Life below water",
  15: "Life on land",
  16: "Peace, justice and strong institutions",
  17: "Partnerships for the goals",
};

export const PRECISION_EN: Record<Precision, string> = {
  exact: "Exact",
  fuzzy: "Probable",
  "city-part": "Parent city",
  region: "Region or province",
  country: "Country only",
  none: "Not placed",
};

export const EMBASSY_ROLE_EN: Record<EmbassyRole, string> = {
  correspondent: "Decentralised cooperation correspondent",
  counsellor: "Cooperation and cultural action counsellor",
};

/** Where i18n-iso-countries' official English name is not the one people use. */
export const COUNTRY_EN_OVERRIDES: Record<string, string> = {
  CI: "Côte d'Ivoire",
  IR: "Iran",
  LA: "Laos",
  MD: "Moldova",
  MK: "North Macedonia",
  RU: "Russia",
  SY: "Syria",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
  VA: "Vatican City",
  BO: "Bolivia",
};
