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
