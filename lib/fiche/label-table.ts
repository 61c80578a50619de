/**
 * The table of section labels. Sections are found by their label text, never by position or
 * markup, so every known spelling of a label is listed here (old "projet" forms and new
 * "partenariat" forms, with or without ":"/accents/plurals). Matching goes through
 * `canonicalLabel`, which also makes "du projet"/"du partenariat" and similar pairs equal, so a
 * variant not listed here but differing only that way still matches.
 */

export type SectionKey =
  | "title"
  | "conventionYear"
  | "theme"
  | "subTheme"
  | "subSubTheme"
  | "otherThematics"
  | "sdgs"
  | "startYear"
  | "status"
  | "endDate"
  | "context"
  | "history"
  | "objectives"
  | "description"
  | "partnershipForm"
  | "projectManagers"
  | "contractingAuthorities"
  | "beneficiaries"
  | "foreignPartners"
  | "foreignContacts"
  | "frenchPartners"
  | "triennialQuestion"
  | "funding"
  | "volunteers"
  | "documents"
  | "ignored";

/** scalar: short value(s); text: free text; table: rows; ignored: headings we skip over. */
export type SectionKind = "scalar" | "text" | "table" | "ignored";

interface LabelDef {
  key: SectionKey;
  kind: SectionKind;
  /** Whole-line spellings. */
  exact: string[];
  /** Spellings that may be followed by more words on the same line (long headings). */
  prefix?: string[];
}

export const LABELS: LabelDef[] = [
  {
    key: "title",
    kind: "scalar",
    exact: [
      "Titre",
      "Titre du partenariat",
      "Titre du projet",
      "Intitulé du projet",
      "Intitulé du partenariat",
      "Nom du projet",
    ],
  },
  {
    key: "conventionYear",
    kind: "scalar",
    exact: [
      "Année de première signature de la convention",
      "Année de signature de la convention",
      "Année de signature de la convention ou de la lettre d'intention",
      "Année de première signature de la convention ou de la lettre d'intention",
      "Année de signature de la lettre d'intention",
      "Année de la convention",
    ],
  },
  {
    key: "theme",
    kind: "scalar",
    exact: [
      "Thématique d'intervention",
      "Thématique principale d'intervention",
      "Thématique principale",
      "Thématique",
      "Thème d'intervention",
      "Domaine d'intervention",
    ],
  },
  {
    key: "subTheme",
    kind: "scalar",
    exact: ["Sous-thématique d'intervention", "Sous-thématique", "Sous-thème", "Sous-thème d'intervention"],
  },
  {
    key: "subSubTheme",
    kind: "scalar",
    exact: ["Sous-sous-thématique d'intervention", "Sous-sous-thématique", "Sous-sous-thème"],
  },
  {
    key: "otherThematics",
    kind: "table",
    exact: [
      "Autres thématiques mises en œuvre pour le partenariat",
      "Autres thématiques",
      "Autres thématiques d'intervention",
      "Autres thématiques mises en œuvre",
    ],
    prefix: ["Autres thématiques mises en œuvre"],
  },
  {
    key: "sdgs",
    kind: "table",
    exact: [
      "Objectifs de développement durable - ODD",
      "Objectifs de développement durable (ODD)",
      "Objectifs de développement durable",
      "Objectifs de développement durable visés",
      "ODD visés",
    ],
    prefix: ["Objectifs de développement durable - ODD"],
  },
  {
    key: "startYear",
    kind: "scalar",
    exact: ["Année de début du partenariat", "Année de début de projet", "Année de démarrage du partenariat"],
  },
  {
    key: "status",
    kind: "scalar",
    exact: ["Le partenariat est", "Le projet est", "Statut du partenariat", "État du partenariat", "Etat d'avancement"],
  },
  {
    key: "endDate",
    kind: "scalar",
    exact: ["Date de fin du partenariat", "Date de fin du projet", "Date de fin prévue"],
  },
  {
    key: "context",
    kind: "text",
    exact: ["Contexte", "Contexte et historique", "Contexte du partenariat", "Contexte et historique du partenariat"],
  },
  { key: "history", kind: "text", exact: ["Historique", "Historique du partenariat", "Historique de la coopération"] },
  {
    key: "objectives",
    kind: "text",
    exact: ["Objectif du partenariat", "Objectifs du partenariat", "Objectif du projet", "Objectifs du projet"],
  },
  {
    key: "description",
    kind: "text",
    exact: [
      "Description détaillée du partenariat",
      "Description détaillée du projet",
      "Description du partenariat",
      "Description du projet",
    ],
  },
  {
    key: "partnershipForm",
    kind: "scalar",
    exact: [
      "Votre partenariat prend la forme d'un(e)",
      "Votre projet prend la forme d'un(e)",
      "Le partenariat prend la forme d'un(e)",
      "Forme du partenariat",
      "Type de partenariat",
    ],
    prefix: ["Votre partenariat prend la forme", "Le partenariat prend la forme"],
  },
  { key: "ignored", kind: "ignored", exact: ["Mise en œuvre du partenariat", "Mise en œuvre"] },
  {
    key: "projectManagers",
    kind: "scalar",
    exact: ["Maître(s) d'œuvre", "Maître d'œuvre", "Maîtres d'œuvre", "Maîtrise d'œuvre"],
  },
  {
    key: "contractingAuthorities",
    kind: "scalar",
    exact: ["Maître(s) d'ouvrage", "Maître d'ouvrage", "Maîtres d'ouvrage", "Maîtrise d'ouvrage"],
  },
  {
    key: "beneficiaries",
    kind: "text",
    exact: ["Bénéficiaire(s)", "Bénéficiaires", "Bénéficiaire", "Bénéficiaires du partenariat"],
  },
  {
    key: "foreignPartners",
    kind: "table",
    exact: [
      "Partenaires étrangers du partenariat",
      "Partenaires étrangers",
      "Collectivités partenaires étrangères",
      "Collectivités étrangères partenaires",
    ],
  },
  {
    key: "foreignContacts",
    kind: "table",
    exact: [
      "Contacts dans les partenaires étrangers du partenariat",
      "Contacts dans les partenaires étrangers",
      "Contacts des partenaires étrangers",
    ],
  },
  {
    key: "frenchPartners",
    kind: "table",
    exact: [
      "Collectivités territoriales partenaires du partenariat",
      "Collectivités territoriales partenaires",
      "Collectivités territoriales françaises partenaires",
      "Collectivités françaises partenaires",
      "Partenaires français du partenariat",
    ],
  },
  {
    key: "triennialQuestion",
    kind: "scalar",
    exact: ["Partenariat triennal", "Le partenariat est-il triennal ?", "Projet triennal"],
  },
  {
    key: "funding",
    kind: "table",
    exact: [
      "Financement du partenariat",
      "Financements du partenariat",
      "Plan de financement",
      "Financement du projet",
    ],
  },
  {
    key: "ignored",
    kind: "ignored",
    exact: ["Évaluations, communication et perspectives", "Évaluation, communication et perspectives", "PIED DE PAGE"],
  },
  {
    key: "volunteers",
    kind: "table",
    exact: ["Volontaires impliqués dans le partenariat"],
    prefix: ["Volontaires impliqués dans le partenariat"],
  },
  {
    key: "documents",
    kind: "table",
    exact: ["Documents", "Documents joints", "Pièces jointes", "Documents du partenariat", "Documents associés"],
  },
];
