import { foldForMatch } from "../../text/fold";
import type { Volunteer } from "../schema";
import { valueOrNull } from "../normalize";
import type { TableRow, TableSpec } from "../tables";
import { fastFold } from "../fastfold";
import { themeAndSubThemeFolds } from "../taxonomy";
import { labelStarts } from "../words";
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

/** Fields of action: taxonomy themes and sub-themes plus the short sector names used in volunteer tables. */
const FIELDS = new Set([
  ...[
    "Education",
    "Éducation",
    "Santé",
    "Culture",
    "Environnement",
    "Agriculture",
    "Jeunesse",
    "Sport",
    "Social",
    "Communication",
    "Développement local",
    "Développement économique",
    "Gouvernance",
    "Eau et assainissement",
    "Animation",
    "Tourisme",
    "Patrimoine",
    "Citoyenneté",
    "Francophonie",
    "Formation",
    "Numérique",
    "Energie",
  ].map(foldForMatch),
  ...themeAndSubThemeFolds(),
]);

const MISSION_FOLDS = new Set(MISSIONS.map((m) => m.folded));
const MISSION_STARTS = labelStarts(MISSION_FOLDS);
const FIELD_STARTS = labelStarts(FIELDS);

/**
 * Longest known label starting at word `from` of `folded` (the row's words, folded one by
 * one), in words; 0 when none. The span grows only while it starts some label: linear rows.
 */
function longestLabelAt(
  folded: readonly string[],
  from: number,
  labels: ReadonlySet<string>,
  starts: ReadonlySet<string>,
): number {
  let span = "";
  let longest = 0;
  for (let i = from; i < folded.length; i++) {
    if (folded[i] === "") continue;
    span = span === "" ? folded[i] : `${span} ${folded[i]}`;
    if (!starts.has(span)) break;
    if (labels.has(span)) longest = i + 1 - from;
  }
  return longest;
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
  const folded = tokens.map(fastFold);
  const missionAt = (index: number): number => longestLabelAt(folded, index, MISSION_FOLDS, MISSION_STARTS);
  const person = splitPerson(tokens, (_t, i) => missionAt(i) > 0);
  const start = tokens.length - person.rest.length;
  const missionLength = missionAt(start);
  let certain = person.certain && missionLength > 0;
  const mission = missionLength > 0 ? tokens.slice(start, start + missionLength).join(" ") : null;

  const afterStart = start + missionLength;
  const after = tokens
    .slice(afterStart)
    .filter((t) => t !== "")
    .join(" ");
  const fieldLength = longestLabelAt(folded, afterStart, FIELDS, FIELD_STARTS);
  let field: string | null = null;
  let entity: string | null = null;
  if (fieldLength > 0) {
    field = tokens.slice(afterStart, afterStart + fieldLength).join(" ");
    entity = valueOrNull(tokens.slice(afterStart + fieldLength).join(" "));
  }
  if (field === null && after !== "") {
    if (missionLength === 0) {
      // Neither mission nor field recognised: keep everything after the name as the mission.
      warn(`volunteers: row ${quote(row.text)} has no known mission type; kept best reading`);
      return { lastName: person.lastName, firstName: person.firstName, mission: after, field: null, entity: null };
    }
    field = after;
    certain = false;
  }
  if (!certain) warn(`volunteers: row ${quote(row.text)} split with uncertainty; kept best reading`);
  return { lastName: person.lastName, firstName: person.firstName, mission, field, entity };
}
