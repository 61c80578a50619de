/**
 * The word bank of the synthetic prose (lib/corpus/prose.ts): per theme domain, the objects,
 * fields, challenges and beneficiaries a real fiche talks about, and the sentence templates
 * of each free-text section, whose {slots} prose.ts fills. The words themselves are data:
 * lib/corpus/data/word-bank.json.
 */
import bank from "./data/word-bank.json" with { type: "json" };

export type Domain =
  | "water"
  | "agri"
  | "culture"
  | "economy"
  | "education"
  | "environment"
  | "governance"
  | "health"
  | "emergency"
  | "youth";

/** Theme label → vocabulary domain, by keywords of the Atlas's theme names. */
export function domainOfTheme(theme: string): Domain {
  const t = theme
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  if (/\beau\b|assainissement/.test(t)) return "water";
  if (/agri|aliment|rural/.test(t)) return "agri";
  if (/sante/.test(t)) return "health";
  if (/urgence|humanitaire|reconstruction/.test(t)) return "emergency";
  if (/jeunesse|sport/.test(t)) return "youth";
  if (/culture|patrimoine|francophonie/.test(t)) return "culture";
  if (/environnement|climat|energie/.test(t)) return "environment";
  if (/education|formation|recherche|social|enseignement/.test(t)) return "education";
  if (/gouvernance|institutionnel|democratie|citoyennete|echanges/.test(t)) return "governance";
  return "economy";
}

/** Noun phrases, each starting with "la", "l'" or no article so "à …"/"de …" read right. */
export const OBJECTS: Record<Domain, string[]> = bank.objects;
/** The field itself, named the way fiches name it ("dans le domaine de l'agriculture"). */
export const FIELDS: Record<Domain, string[]> = bank.fields;
export const CHALLENGES: Record<Domain, string[]> = bank.challenges;
export const VERBS: string[] = bank.verbs;
export const VERB_NOUNS: string[] = bank.verbNouns;
export const BENEFICIARIES: string[] = bank.beneficiaries;
export const ARRIVALS: string[] = bank.arrivals;

export type Section = keyof typeof bank.templates;
export const TEMPLATES: Record<Section, string[]> = bank.templates;
