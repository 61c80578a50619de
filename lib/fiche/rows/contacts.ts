import { foldForMatch } from "../../text/fold";
import type { ForeignContact } from "../schema";
import { asEmail, valueOrNull } from "../normalize";
import type { TableRow, TableSpec } from "../tables";
import { Words } from "../words";
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
 * the last token, the surname is the run of capitalised words, the first name runs up to the
 * first word that starts a job title. Whatever stays uncertain is reported, never dropped.
 */
export function parseForeignContact(row: TableRow, partners: readonly string[], warn: Warn): ForeignContact {
  if (row.kind === "cells") {
    const [partner = "", lastName = "", firstName = "", role = "", email = ""] = row.cells;
    const extra = row.cells.slice(5).filter((c) => c !== "");
    const mail = asEmail(email) ?? (extra.length > 0 ? asEmail(extra[extra.length - 1]) : null);
    return {
      partner,
      lastName: valueOrNull(lastName),
      firstName: valueOrNull(firstName),
      role: valueOrNull(role),
      email: mail ?? valueOrNull(email),
    };
  }
  return splitFlatContact(row.text, partners, warn);
}

// Partner names are folded once, not once per contact row (a fiche may list 40 of each).
const folds = new Map<string, string>();
function foldedName(name: string): string {
  let f = folds.get(name);
  if (f === undefined) {
    if (folds.size > 4096) folds.clear();
    f = foldForMatch(name);
    folds.set(name, f);
  }
  return f;
}

function splitFlatContact(text: string, partners: readonly string[], warn: Warn): ForeignContact {
  const w = new Words(text);
  let end = w.length;
  let email: string | null = null;
  if (end > 0) {
    email = asEmail(w.words[end - 1]);
    if (email !== null) end--;
  }

  // Partner: longest known partner name that prefixes the row.
  let start = 0;
  let partner: string | null = null;
  const prefixes = new Map<string, number>();
  for (let k = 1; k <= end; k++) prefixes.set(w.fold(0, k), k);
  let bestLength = 0;
  for (const name of partners) {
    const k = prefixes.get(foldedName(name));
    if (k !== undefined && k > bestLength) {
      bestLength = k;
      partner = name;
    }
  }
  let uncertain = false;
  if (partner !== null) {
    start = bestLength;
  } else {
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

  const rest = w.words.slice(start, end);
  const person = splitPerson(rest);
  if (uncertain || !person.certain) warn(`foreignContacts: row ${quote(text)} split with uncertainty; kept best reading`);
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
export function splitPerson(tokens: string[], stopAt: (token: string, index: number) => boolean = isRoleWord): PersonSplit {
  let i = 0;
  let certain = true;
  let lastName: string | null = null;
  let firstName: string | null = null;

  if (i < tokens.length && isPlaceholderToken(tokens[i])) {
    i++; // explicit "NA" surname
  } else {
    const from = i;
    while (i < tokens.length && isUpperName(tokens[i]) && !isPlaceholderToken(tokens[i]) && !(i > from && stopAt(tokens[i], i))) i++;
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
    } else if (lastName !== null && lastName.includes(" ") && isUpperName(lastName)) {
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
