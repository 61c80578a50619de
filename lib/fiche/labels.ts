import { fastFold } from "./fastfold";

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

const LABELS: LabelDef[] = [
  { key: "title", kind: "scalar", exact: ["Titre", "Titre du partenariat", "Titre du projet", "Intitulé du projet", "Intitulé du partenariat", "Nom du projet"] },
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
  { key: "theme", kind: "scalar", exact: ["Thématique d'intervention", "Thématique principale d'intervention", "Thématique principale", "Thématique", "Thème d'intervention", "Domaine d'intervention"] },
  { key: "subTheme", kind: "scalar", exact: ["Sous-thématique d'intervention", "Sous-thématique", "Sous-thème", "Sous-thème d'intervention"] },
  { key: "subSubTheme", kind: "scalar", exact: ["Sous-sous-thématique d'intervention", "Sous-sous-thématique", "Sous-sous-thème"] },
  {
    key: "otherThematics",
    kind: "table",
    exact: ["Autres thématiques mises en œuvre pour le partenariat", "Autres thématiques", "Autres thématiques d'intervention", "Autres thématiques mises en œuvre"],
    prefix: ["Autres thématiques mises en œuvre"],
  },
  {
    key: "sdgs",
    kind: "table",
    exact: ["Objectifs de développement durable - ODD", "Objectifs de développement durable (ODD)", "Objectifs de développement durable", "Objectifs de développement durable visés", "ODD visés"],
    prefix: ["Objectifs de développement durable - ODD"],
  },
  { key: "startYear", kind: "scalar", exact: ["Année de début du partenariat", "Année de début de projet", "Année de démarrage du partenariat"] },
  { key: "status", kind: "scalar", exact: ["Le partenariat est", "Le projet est", "Statut du partenariat", "État du partenariat", "Etat d'avancement"] },
  { key: "endDate", kind: "scalar", exact: ["Date de fin du partenariat", "Date de fin du projet", "Date de fin prévue"] },
  { key: "context", kind: "text", exact: ["Contexte", "Contexte et historique", "Contexte du partenariat", "Contexte et historique du partenariat"] },
  { key: "history", kind: "text", exact: ["Historique", "Historique du partenariat", "Historique de la coopération"] },
  { key: "objectives", kind: "text", exact: ["Objectif du partenariat", "Objectifs du partenariat", "Objectif du projet", "Objectifs du projet"] },
  { key: "description", kind: "text", exact: ["Description détaillée du partenariat", "Description détaillée du projet", "Description du partenariat", "Description du projet"] },
  {
    key: "partnershipForm",
    kind: "scalar",
    exact: ["Votre partenariat prend la forme d'un(e)", "Votre projet prend la forme d'un(e)", "Le partenariat prend la forme d'un(e)", "Forme du partenariat", "Type de partenariat"],
    prefix: ["Votre partenariat prend la forme", "Le partenariat prend la forme"],
  },
  { key: "ignored", kind: "ignored", exact: ["Mise en œuvre du partenariat", "Mise en œuvre"] },
  { key: "projectManagers", kind: "scalar", exact: ["Maître(s) d'œuvre", "Maître d'œuvre", "Maîtres d'œuvre", "Maîtrise d'œuvre"] },
  { key: "contractingAuthorities", kind: "scalar", exact: ["Maître(s) d'ouvrage", "Maître d'ouvrage", "Maîtres d'ouvrage", "Maîtrise d'ouvrage"] },
  { key: "beneficiaries", kind: "text", exact: ["Bénéficiaire(s)", "Bénéficiaires", "Bénéficiaire", "Bénéficiaires du partenariat"] },
  { key: "foreignPartners", kind: "table", exact: ["Partenaires étrangers du partenariat", "Partenaires étrangers", "Collectivités partenaires étrangères", "Collectivités étrangères partenaires"] },
  { key: "foreignContacts", kind: "table", exact: ["Contacts dans les partenaires étrangers du partenariat", "Contacts dans les partenaires étrangers", "Contacts des partenaires étrangers"] },
  {
    key: "frenchPartners",
    kind: "table",
    exact: ["Collectivités territoriales partenaires du partenariat", "Collectivités territoriales partenaires", "Collectivités territoriales françaises partenaires", "Collectivités françaises partenaires", "Partenaires français du partenariat"],
  },
  { key: "triennialQuestion", kind: "scalar", exact: ["Partenariat triennal", "Le partenariat est-il triennal ?", "Projet triennal"] },
  { key: "funding", kind: "table", exact: ["Financement du partenariat", "Financements du partenariat", "Plan de financement", "Financement du projet"] },
  { key: "ignored", kind: "ignored", exact: ["Évaluations, communication et perspectives", "Évaluation, communication et perspectives", "PIED DE PAGE"] },
  { key: "volunteers", kind: "table", exact: ["Volontaires impliqués dans le partenariat"], prefix: ["Volontaires impliqués dans le partenariat"] },
  { key: "documents", kind: "table", exact: ["Documents", "Documents joints", "Pièces jointes", "Documents du partenariat", "Documents associés"] },
];

/**
 * Canonical form of a label: folded (accents, case, punctuation), "(s)"/"(e)" dropped, the
 * "du/de/le projet|partenariat" family reduced to one token, and words singularised — so
 * "Le projet est :", "LE PARTENARIAT EST" and "Le partenariat est" are all equal.
 */
export function canonicalLabel(value: string): string {
  // Short strings (first words, table cells, labels) recur across lines and fiches: memoise
  // them in a bounded cache; long lines are computed each time.
  if (value.length > MEMO_MAX_LENGTH) return computeCanonical(value);
  let c = memo.get(value);
  if (c === undefined) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    c = computeCanonical(value);
    memo.set(value, c);
  }
  return c;
}

const MEMO_MAX_LENGTH = 64;
const MEMO_MAX_ENTRIES = 8192;
const memo = new Map<string, string>();

function computeCanonical(value: string): string {
  const stripped = value.includes("(") ? value.replace(/\((?:s|e|es|x|le|la|ne)\)/gi, "") : value;
  const folded = fastFold(/[*#|?!]/.test(stripped) ? stripped.replace(/[*#|?!]+/g, " ") : stripped);
  const merged = !/proj|partenariat/.test(folded)
    ? folded
    : folded
    .replace(/\b(?:(?:pour|dans|sur|de|a) )?(?:du|de la|de|le|la|l|d|un|une|ce|cet|cette|votre) (?:projet|partenariat)\b/g, " §p ")
    .replace(/\b(?:projet|partenariat)\b/g, " §p ");
  let out = "";
  for (const word of merged.split(" ")) {
    if (word === "") continue;
    // Singular: a final "s" goes on words of 5+ letters not ending in "ss" (thématiques, mises).
    const plural = word.length >= 5 && word.charCodeAt(word.length - 1) === 115 && word.charCodeAt(word.length - 2) !== 115;
    out += (out ? " " : "") + (plural ? word.slice(0, -1) : word);
  }
  return out;
}

export interface LabelMatch {
  key: SectionKey;
  kind: SectionKind;
}

const exactIndex = new Map<string, LabelMatch>();
const prefixIndex: { canon: string; match: LabelMatch }[] = [];
for (const def of LABELS) {
  const match = { key: def.key, kind: def.kind };
  for (const label of def.exact) exactIndex.set(canonicalLabel(label), match);
  for (const label of def.prefix ?? []) prefixIndex.push({ canon: canonicalLabel(label), match });
}
prefixIndex.sort((a, b) => b.canon.length - a.canon.length);

/** Longest label spelling, in characters: lines much longer than this are never labels. */
export const MAX_LABEL_LENGTH = 160;

/** The section a whole line announces, or null. `canon` is canonicalLabel(line). */
export function matchLabelCanon(canon: string): LabelMatch | null {
  const exact = exactIndex.get(canon);
  if (exact) return exact;
  for (const p of prefixIndex) {
    if (canon.startsWith(p.canon) && (canon.length === p.canon.length || canon[p.canon.length] === " ")) return p.match;
  }
  return null;
}

/** The section a whole line announces, or null. */
export function matchLabel(line: string, canon?: string): LabelMatch | null {
  if (line.length > MAX_LABEL_LENGTH) return null;
  return matchLabelCanon(canon ?? canonicalLabel(line));
}

/** Lines longer than this are never headings of any kind, so they are not canonicalised. */
export const MAX_HEADING_LENGTH = 250;

/** Canonical form of a text's first word ("Maître(s)" → "maitre", "Contacts" → "contact"). */
export function firstWordCanon(text: string): string {
  const space = text.indexOf(" ");
  return canonicalLabel(space < 0 ? text : text.slice(0, space));
}

/** First word of every known heading → longest line (chars) that can still be such a heading. */
const headingFirstWords = new Map<string, number>();

/**
 * Registers phrases that may start a heading (labels here, furniture in noise.ts). `open`
 * phrases may be followed by more text (prefix labels, embassy headings), so any line up to
 * MAX_HEADING_LENGTH qualifies; a whole-line phrase only allows some slack for spacing, colons
 * and plurals.
 */
export function registerHeadingStarts(phrases: readonly string[], open = false): void {
  for (const phrase of phrases) {
    const first = firstWordCanon(phrase.trim());
    if (first === "") continue;
    const limit = open ? MAX_HEADING_LENGTH : Math.ceil(phrase.length * 1.3) + 8;
    headingFirstWords.set(first, Math.max(limit, headingFirstWords.get(first) ?? 0));
  }
}

/**
 * Cheap pre-filter: only a line whose first word starts some known heading, and which is not
 * longer than such a heading can be, may be one; other lines (nearly all free text) skip full
 * canonicalisation, the parser's hot spot.
 */
export function mayBeHeading(text: string): boolean {
  if (text.length > MAX_HEADING_LENGTH) return false;
  const limit = headingFirstWords.get(firstWordCanon(text));
  return limit !== undefined && text.length <= limit;
}

/**
 * "Label : value" on one line (HTML `<span>Titre :</span> value`, or hand-made files). Only
 * for scalar sections: a free-text line such as "Objectif de l'action : …" must stay text.
 */
export function matchInlineLabel(line: string): { match: LabelMatch; value: string } | null {
  const colon = line.indexOf(":");
  if (colon <= 0 || colon > MAX_LABEL_LENGTH) return null;
  const value = line.slice(colon + 1).trim();
  if (value === "") return null;
  const match = exactIndex.get(canonicalLabel(line.slice(0, colon)));
  if (!match || match.kind !== "scalar") return null;
  return { match, value };
}

registerHeadingStarts(LABELS.flatMap((def) => def.exact));
registerHeadingStarts(LABELS.flatMap((def) => def.prefix ?? []), true);

const TRIENNIAL = new Map<string, boolean>();
for (const subject of ["Le partenariat", "Le projet", "Ce partenariat", ""]) {
  TRIENNIAL.set(canonicalLabel(`${subject} est triennal`), true);
  TRIENNIAL.set(canonicalLabel(`${subject} n'est pas triennal`), false);
  TRIENNIAL.set(canonicalLabel(`${subject} n'est plus triennal`), false);
  registerHeadingStarts([`${subject} est triennal`, `${subject} n'est pas triennal`]);
}

/** "Le partenariat est triennal" → true, "Le projet n'est pas triennal" → false, else null. */
export function matchTriennial(line: string, canon?: string): boolean | null {
  if (line.length > 80) return null;
  return TRIENNIAL.get(canon ?? canonicalLabel(line)) ?? null;
}

const EMBASSY_PREFIXES = ["contact dans le poste diplomatique", "contact au sein du poste diplomatique", "contact du poste diplomatique", "poste diplomatique"];
registerHeadingStarts(EMBASSY_PREFIXES, true);

/**
 * `Contacts dans le poste diplomatique "Ambassade de France à Ottawa"` → the post's name as
 * written ("" when the heading carries none, e.g. the name is on the next line); null when the
 * line is not such a heading.
 */
export function matchEmbassyHeading(line: string, canon?: string): string | null {
  if (line.length > MAX_HEADING_LENGTH) return null;
  const c = canon ?? canonicalLabel(line);
  if (!EMBASSY_PREFIXES.some((p) => c.startsWith(p))) return null;
  const quoted = /["“”«»„](.*)["“”«»„]/.exec(line);
  if (quoted) return quoted[1].trim();
  const after = /diplomatique\s*[:\-–]?\s*(.*)$/i.exec(line);
  return (after ? after[1] : "").replace(/^["“”«»„\s]+|["“”«»„\s]+$/g, "").trim();
}
