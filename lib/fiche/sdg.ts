import { foldForMatch } from "../text/fold";

/** The 17 UN Sustainable Development Goals as labelled in French (ODD), for rows lacking a number. */
export const SDG_LABELS: Record<number, string> = {
  1: "Pas de pauvreté",
  2: "Faim « zéro »",
  3: "Bonne santé et bien-être",
  4: "Éducation de qualité",
  5: "Égalité entre les sexes",
  6: "Eau propre et assainissement",
  7: "Énergie propre et d'un coût abordable",
  8: "Travail décent et croissance économique",
  9: "Industrie, innovation et infrastructure",
  10: "Inégalités réduites",
  11: "Villes et communautés durables",
  12: "Consommation et production responsables",
  13: "Mesures relatives à la lutte contre les changements climatiques",
  14: "Vie aquatique",
  15: "Vie terrestre",
  16: "Paix, justice et institutions efficaces",
  17: "Partenariats pour la réalisation des objectifs",
};

const byFolded = new Map<string, number>();
for (const [goal, label] of Object.entries(SDG_LABELS)) byFolded.set(foldForMatch(label), Number(goal));
byFolded.set(foldForMatch("Faim zéro"), 2);
byFolded.set(foldForMatch("Lutte contre les changements climatiques"), 13);
byFolded.set(foldForMatch("Mesures relatives à la lutte contre le changement climatique"), 13);
byFolded.set(foldForMatch("Industrie, innovation et infrastructures"), 9);
byFolded.set(foldForMatch("Partenariats pour la réalisation des objectifs de développement durable"), 17);

/** Goal number for a French SDG label, or null. */
export function sdgGoalFromLabel(label: string): number | null {
  return byFolded.get(foldForMatch(label)) ?? null;
}
