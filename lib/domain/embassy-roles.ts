import { foldForMatch } from "../text/fold";

/**
 * The two people an embassy post names for decentralised cooperation, and how the atlas
 * writes their titles (directory, project page, exports). Declared once here.
 */
export type EmbassyRole = "correspondent" | "counsellor";

export const EMBASSY_ROLES: readonly EmbassyRole[] = ["correspondent", "counsellor"];

export const EMBASSY_ROLE_LABELS: Record<EmbassyRole, string> = {
  correspondent: "Correspondant coopération décentralisée",
  counsellor: "Conseiller de coopération et d'action culturelle",
};

/**
 * Words a directory search names a role with (folded: no accents, lower case). Singular,
 * feminine and plural forms are derived by roleOfWord, so only stems are listed.
 */
const ROLE_WORDS: Record<EmbassyRole, readonly string[]> = {
  correspondent: ["correspondant", "correspondante"],
  counsellor: ["conseiller", "conseillere", "cocac"],
};

/** The role a query word names ("Correspondants", "conseillère", "COCAC"), or null. */
export function roleOfWord(word: string): EmbassyRole | null {
  const folded = foldForMatch(word).trim();
  const singular = folded.endsWith("s") ? folded.slice(0, -1) : folded;
  for (const role of EMBASSY_ROLES) if (ROLE_WORDS[role].some((w) => w === folded || w === singular)) return role;
  return null;
}
