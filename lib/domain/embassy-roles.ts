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
