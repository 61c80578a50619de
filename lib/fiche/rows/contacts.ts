import { foldForMatch } from "../../text/fold";
import type { ForeignContact } from "../schema";
import { asEmail, valueOrNull } from "../normalize";
import type { TableRow, TableSpec } from "../tables";
import { labelStarts, Words } from "../words";
import { isPlaceholderToken, isRoleWord, isUpperName } from "./names";
import { quote, type Warn } from "./warn";

export const FOREIGN_CONTACTS_TABLE: TableSpec = {
  columns: ["Nom de la collectivité étrangère", "Nom", "Prénom", "Fonction", "Courriel", "E-mail", "Email"],
  headerStarts: ["Nom de la collectivité étrangère"],
};

/**
 * One "Contacts dans les partenaires étrangers" row. With cells it is positional. Flattened
 * ("Partner LASTNAME Firstname Role email") it is split with knowledge: the partner is the
 * longest known partner name at the start (names read from the partners table), the e-mail is
 * the e-mail-shaped token wherever it sits, the surname is the run of capitalised words, the
 * first name runs up to the first word that starts a job title. Whatever stays uncertain is reported, never dropped.
 */
export function parseForeignContact(row: TableRow, partners: readonly string[], warn: Warn): ForeignContact {
  if (row.kind === "cells") return fromCells(row.cells);
  return splitFlatContact(row.text, partners, warn);
}

const EMAIL_COLUMN = 4;

/**
 * Cells are positional, except that an e-mail is the e-mail wherever it sits: when the e-mail
 * column holds none, the first e-mail-shaped cell after the partner is taken out and the other
 * cells close up ("Oyem | NA | NA | mairie@oyem.ga | Référent" → role "Référent").
 */
function fromCells(cells: readonly string[]): ForeignContact {
  let columns = cells;
  let mail = asEmail(cells[EMAIL_COLUMN] ?? "");
  if (mail === null) {
    const at = cells.findIndex((c, i) => i > 0 && i !== EMAIL_COLUMN && asEmail(c) !== null);
    if (at > 0) {
      mail = asEmail(cells[at]);
      columns = [...cells.slice(0, at), ...cells.slice(at + 1)];
    }
  }
  const [partner = "", lastName = "", firstName = "", role = "", email = ""] = columns;
  return {
    partner,
    lastName: valueOrNull(lastName),
    firstName: valueOrNull(firstName),
    role: valueOrNull(role),
    email: mail ?? valueOrNull(email),
  };
}

// Partner names folded once per fiche (the same list comes with every contact row): each
// folded name (first spelling wins) and every start of one, for a linear prefix search.
interface PartnerIndex {
  byFold: Map<string, string>;
  starts: Set<string>;
}
const partnerIndexes = new WeakMap<readonly string[], PartnerIndex>();
function partnerIndex(partners: readonly string[]): PartnerIndex {
  let index = partnerIndexes.get(partners);
  if (!index) {
    const byFold = new Map<string, string>();
    for (const name of partners) {
      const f = foldForMatch(name);
      if (f !== "" && !byFold.has(f)) byFold.set(f, name);
    }
    index = { byFold, starts: labelStarts(byFold.keys()) };
    partnerIndexes.set(partners, index);
  }
  return index;
}

/** Position of the e-mail among the tokens (the last e-mail-shaped one), or -1. */
function emailIndex(tokens: readonly string[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (asEmail(tokens[i]) !== null) return i;
  return -1;
}

function splitFlatContact(text: string, partners: readonly string[], warn: Warn): ForeignContact {
  // The e-mail belongs to the e-mail field wherever it sits in the row; the rest is read without it.
  const tokens = text.split(" ").filter((t) => t !== "");
  const at = emailIndex(tokens);
  const email = at >= 0 ? asEmail(tokens[at]) : null;
  if (at >= 0) tokens.splice(at, 1);
  const w = new Words(tokens.join(" "));
  const end = w.length;

  // Partner: longest known partner name that prefixes the row (it takes the separators after it).
  let start = 0;
  let partner: string | null = null;
  const index = partnerIndex(partners);
  const spans = w.unitFoldsFrom(0, index.starts);
  for (let k = spans.length; k >= 1 && partner === null; k--) {
    const name = index.byFold.get(spans[k - 1]);
    if (name !== undefined) {
      partner = name;
      start = w.wordOfUnit(k);
    }
  }
  let uncertain = false;
  if (partner === null) {
    // No known partner: the partner ends where the capitalised surname begins, provided that
    // comes before the job title; otherwise assume one-word surname and first name before it.
    let role = 1;
    while (role < end && !isRoleWord(w.words[role])) role++;
    let upper = 1;
    while (upper < role && !(isUpperName(w.words[upper]) || isPlaceholderToken(w.words[upper]))) upper++;
    if (upper < role) start = upper;
    else if (role < end && role >= 3) start = role - 2;
    else start = Math.min(1, end);
    partner = w.text(0, start);
    uncertain = true;
  }

  const person = splitPerson(w.words.slice(start, end));
  if (uncertain || !person.certain)
    warn(`foreignContacts: row ${quote(text)} split with uncertainty; kept best reading`);
  return { partner, lastName: person.lastName, firstName: person.firstName, role: person.role, email };
}

export interface PersonSplit {
  lastName: string | null;
  firstName: string | null;
  /** Remaining words (role, or mission/field/entity for volunteers). */
  rest: string[];
  role: string | null;
  certain: boolean;
}

/**
 * "SIMONEAU Jean-François Conseiller en planification" → last, first, role. `stopAt` decides
 * where the first name ends (default: a job-title word).
 */
export function splitPerson(
  tokens: string[],
  stopAt: (token: string, index: number) => boolean = isRoleWord,
): PersonSplit {
  let i = 0;
  let certain = true;
  let lastName: string | null = null;
  let firstName: string | null = null;

  if (i < tokens.length && isPlaceholderToken(tokens[i])) {
    i++; // explicit "NA" surname
  } else {
    const from = i;
    while (
      i < tokens.length &&
      isUpperName(tokens[i]) &&
      !isPlaceholderToken(tokens[i]) &&
      !(i > from && stopAt(tokens[i], i))
    )
      i++;
    if (i > from) lastName = tokens.slice(from, i).join(" ");
    else if (i < tokens.length && !stopAt(tokens[i], i)) {
      // Surname not in capitals: take one word, but say so.
      lastName = tokens[i];
      i++;
      certain = false;
    }
  }

  if (i < tokens.length && isPlaceholderToken(tokens[i])) {
    i++; // explicit "NA" first name
  } else {
    const from = i;
    while (i < tokens.length && !stopAt(tokens[i], i) && !isPlaceholderToken(tokens[i])) i++;
    if (i > from) {
      if (i === tokens.length && i - from > 1) {
        // No role word found: first name is one word, the rest is the role (uncertain).
        i = from + 1;
        certain = false;
      }
      firstName = tokens.slice(from, i).join(" ");
    } else if (lastName?.includes(" ") && isUpperName(lastName)) {
      // "DUPONT MARIE Directrice": everything was capitals; the last capital word is the first name.
      const parts = lastName.split(" ");
      firstName = parts.pop()!;
      lastName = parts.join(" ");
      certain = false;
    }
  }

  const rest = tokens.slice(i);
  return { lastName, firstName, rest, role: valueOrNull(rest.join(" ")), certain };
}
