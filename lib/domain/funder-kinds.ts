/**
 * The kinds of funder users filter and chart by, with their French labels. Shared vocabulary:
 * the importer assigns them, the search and the pages display them.
 */
export const FUNDER_KINDS = {
  meae: "Ministère de l'Europe et des Affaires étrangères",
  "own-collectivite": "Collectivité française porteuse",
  "french-collectivite": "Autres collectivités françaises",
  "foreign-partners": "Partenaires étrangers",
  "water-agency": "Agences de l'eau (1 % eau)",
  other: "Autres financeurs",
} as const;

export type FunderKind = keyof typeof FUNDER_KINDS;

export function funderKindLabel(kind: string): string {
  return (FUNDER_KINDS as Record<string, string>)[kind] ?? kind;
}

/** One colour per funder kind on every chart, so charts compare at a glance. */
export const FUNDER_KIND_COLORS: Record<FunderKind, string> = {
  meae: "#1f4f99",
  "own-collectivite": "#c9191e",
  "french-collectivite": "#f28e2b",
  "foreign-partners": "#59a14f",
  "water-agency": "#4e9fd1",
  other: "#8c8c8c",
};

/** The colour of a kind the vocabulary does not know (an older import's, say). */
export const UNKNOWN_KIND_COLOR = "#64748b";

/** Funding summed by year and funder kind, as the statistics, country and collectivité pages chart it. */
export interface FundingByYearKind {
  year: number | null;
  kind: string;
  /** Sum of amount_eur in euros (rows without an amount count as 0). */
  amount: number;
  rows: number;
}
