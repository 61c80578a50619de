import type { Random } from "./random";

/**
 * Section labels as the Atlas prints them. Older fiches say "projet" where newer ones say
 * "partenariat"; the parser knows both, and a realistic corpus has both.
 */
export interface Labels {
  conventionYear: string;
  startYear: string;
  status: string;
  endDate: string;
  objectives: string;
  description: string;
  partnershipForm: string;
}

export function drawLabels(random: Random, startYear: number): Labels {
  const old = startYear < 2012 && random.chance(0.3);
  return {
    conventionYear: random.chance(0.6)
      ? "Année de première signature de la convention"
      : "Année de signature de la convention",
    startYear: old ? "Année de début de projet" : "Année de début du partenariat",
    status: old ? "Le projet est" : "Le partenariat est",
    endDate: old ? "Date de fin du projet" : "Date de fin du partenariat",
    objectives: old ? "Objectif du projet" : "Objectif du partenariat",
    description: old ? "Description détaillée du projet" : "Description détaillée du partenariat",
    partnershipForm: old ? "Votre projet prend la forme d'un(e)" : "Votre partenariat prend la forme d'un(e)",
  };
}

export const BREADCRUMB = "Accueil > ???menu.atlas.libelle??? > ???menu.atlas.detailProjet.libelle???";
export const BANNER = "Atlas français de la coopération décentralisée et des autres actions extérieures";
export const FOOTER = "Tous droits réservés - Ministère de l'Europe et des Affaires étrangères 2013";
export const CORRESPONDENT = "Correspondant coopération décentralisée";
export const COUNSELLOR = "Conseiller de coopération et d'action culturelle";
export const NO_CORRESPONDENT = "Pas de correspondant coopération décentralisée";
export const NO_COUNSELLOR = "Pas de conseiller de coopération et d'action culturelle";
export const VOLUNTEERS =
  "Volontaires impliqués dans le partenariat (VSI, service civique, etc.) d'Échange et de Solidarité";
export const EVALUATION_LINES = [
  "Une communication a été engagée en France",
  "Une communication a été engagée dans les pays partenaires",
  "Une politique d'évaluation a été engagée",
];

/** The Atlas obfuscates embassy addresses: name[at]host. */
export function obfuscate(email: string): string {
  return email.replace("@", "[at]");
}

/** "31/12/2023" from the contract's ISO date. */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
