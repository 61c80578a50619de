import { foldForMatch } from "../../text/fold";
import type { Volunteer } from "../schema";
import { valueOrNull } from "../normalize";
import type { TableRow, TableSpec } from "../tables";
import { isKnownSubTheme, isKnownTheme } from "../taxonomy";
import { Words } from "../words";
import { splitPerson } from "./contacts";
import { quote, type Warn } from "./warn";

export const VOLUNTEERS_TABLE: TableSpec = {
  columns: ["Nom", "Prénom", "Mission", "Type de mission", "Champs d'action", "Champ d'action", "Entité d'affectation"],
  headerStarts: ["Nom Prénom Mission"],
};

/** Volunteer schemes the Atlas lists (type of mission), longest spellings first when matching. */
const MISSIONS = [
  "Volontariat de Solidarité Internationale (VSI)",
  "Volontariat de Solidarité Internationale",
  "Volontariat d'Échange et de Solidarité (VES)",
  "Volontariat d'Échange et de Solidarité",
  "Volontariat International en Administration (VIA)",
  "Volontariat International en Administration",
  "Volontariat International en Entreprise (VIE)",
  "Volontariat International en Entreprise",
  "Service Civique à l'international",
  "Service Civique",
  "Service Volontaire Européen (SVE)",
  "Service Volontaire Européen",
  "Corps européen de solidarité",
  "Congé de solidarité internationale",
  "Jeunesse Solidarité Internationale (JSI)",
  "Ville Vie Vacances Solidarité Internationale (VVVSI)",
  "Volontariat de réciprocité",
  "Volontariat",
  "Bénévolat",
  "Stage",
  "VSI",
  "VES",
  "VIA",
  "VIE",
  "SVE",
  "JSI",
  "VVVSI",
].map((m) => ({ label: m, folded: foldForMatch(m) }));

/** Fields of action: taxonomy labels plus the short sector names used in volunteer tables. */
const FIELDS = new Set(
  [
    "Education", "Éducation", "Santé", "Culture", "Environnement", "Agriculture", "Jeunesse", "Sport", "Social",
    "Communication", "Développement local", "Développement économique", "Gouvernance", "Eau et assainissement",
    "Animation", "Tourisme", "Patrimoine", "Citoyenneté", "Francophonie", "Formation", "Numérique", "Energie",
  ].map(foldForMatch),
);

function isField(folded: string, original: string): boolean {
  return FIELDS.has(folded) || isKnownTheme(original) || isKnownSubTheme(original);
}

/**
 * One volunteer row. Cells are positional (last, first, mission, field, entity). Flattened, the
 * surname is the capitalised run, the first name runs to the mission (a known scheme), the field
 * is the longest known field after it, and the entity is the rest.
 */
export function parseVolunteer(row: TableRow, warn: Warn): Volunteer {
  if (row.kind === "cells") {
    const [lastName = "", firstName = "", mission = "", field = "", ...entity] = row.cells;
    return {
      lastName: valueOrNull(lastName),
      firstName: valueOrNull(firstName),
      mission: valueOrNull(mission),
      field: valueOrNull(field),
      entity: valueOrNull(entity.filter((c) => c !== "").join(" ")),
    };
  }

  const tokens = row.text.split(" ");
  const missionAt = (index: number): number => {
    const w = new Words(tokens.slice(index).join(" "));
    for (const m of MISSIONS) {
      for (let k = 1; k <= Math.min(w.length, 12); k++) if (w.fold(0, k) === m.folded) return k;
    }
    return 0;
  };
  const person = splitPerson(tokens, (_t, i) => missionAt(i) > 0);
  const start = tokens.length - person.rest.length;
  const missionLength = missionAt(start);
  let certain = person.certain && missionLength > 0;
  const mission = missionLength > 0 ? tokens.slice(start, start + missionLength).join(" ") : null;

  const after = new Words(tokens.slice(start + missionLength).join(" "));
  let field: string | null = null;
  let entity: string | null = null;
  for (let k = after.length; k >= 1; k--) {
    if (isField(after.fold(0, k), after.text(0, k))) {
      field = after.text(0, k);
      entity = valueOrNull(after.text(k));
      break;
    }
  }
  if (field === null && after.length > 0) {
    if (missionLength === 0) {
      // Neither mission nor field recognised: keep everything after the name as the mission.
      warn(`volunteers: row ${quote(row.text)} has no known mission type; kept best reading`);
      return { lastName: person.lastName, firstName: person.firstName, mission: after.text(0), field: null, entity: null };
    }
    field = after.text(0);
    certain = false;
  }
  if (!certain) warn(`volunteers: row ${quote(row.text)} split with uncertainty; kept best reading`);
  return { lastName: person.lastName, firstName: person.firstName, mission, field, entity };
}
