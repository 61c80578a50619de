import { foldForMatch } from "../../text/fold";

/**
 * Person-name helpers for flattened rows (contacts, volunteers): the Atlas writes surnames in
 * capitals ("SIMONEAU Jean-François"), and roles start with recognisable words.
 */

/** A surname-looking token: letters all upper case, at least two of them ("N'DIAYE", "DE"). */
export function isUpperName(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "NA"/"na"/"N/A"/"-" as a placeholder token in a name slot. */
export function isPlaceholderToken(token: string): boolean {
  return /^(?:na|n\/a|-)$/i.test(token);
}

const ROLE_WORDS = new Set(
  [
    "conseiller", "conseillere", "conseil", "charge", "chargee", "directeur", "directrice", "director", "directora",
    "responsable", "maire", "mayor", "adjoint", "adjointe", "deputy", "president", "presidente", "vice", "referent",
    "referente", "coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice", "coordinator", "chef", "cheffe",
    "head", "secretaire", "secretary", "delegue", "deleguee", "agent", "agente", "elu", "elue", "gouverneur",
    "governor", "prefet", "depute", "deputee", "senateur", "assistant", "assistante", "attache", "attachee", "manager",
    "officer", "gestionnaire", "technicien", "technicienne", "ingenieur", "ingenieure", "administrateur",
    "administratrice", "councillor", "councilor", "clerk", "dgs", "dga", "dg", "sg", "service", "agence",
    "departement", "direction", "bureau", "division", "cabinet", "mairie", "premier", "premiere", "membre",
    "animateur", "animatrice", "consultant", "consultante", "expert", "experte", "juriste", "professeur",
    "professor", "doyen", "recteur", "rector", "commissaire", "superviseur", "specialiste", "analyste", "analyst",
    "stagiaire", "tresorier", "tresoriere", "fondateur", "fondatrice", "representant", "representante", "interprete",
    "ceo", "jefe", "jefa", "alcalde", "alcaldesa", "prefeito", "prefeita", "sindaco", "burgermeister",
    "oberburgermeister", "leiter", "leiterin", "international", "relations", "cooperation", "point", "focal",
    "correspondant", "correspondante", "senior", "junior", "project", "projet", "programme", "program",
    "coordination", "developpement", "economic", "economique", "communication", "affaires", "policy", "advisor",
    "adviser", "executive", "general", "generale", "municipal", "municipale", "city", "ville",
  ].map(foldForMatch),
);

/** True when a token typically starts a job title. */
export function isRoleWord(token: string): boolean {
  return ROLE_WORDS.has(foldForMatch(token));
}
