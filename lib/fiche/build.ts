import { parseEmbassyPost } from "./embassy";
import { MalformedFicheError } from "./errors";
import type { Item } from "./items";
import { clean, joinParagraphs, parseIsoDate, parseYear, valueOrNull } from "./normalize";
import { parseForeignContact, FOREIGN_CONTACTS_TABLE } from "./rows/contacts";
import { DOCUMENTS_TABLE, parseDocument } from "./rows/documents";
import { FUNDING_TABLE, parseFunding } from "./rows/funding";
import {
  FOREIGN_PARTNERS_TABLE,
  FRENCH_PARTNERS_TABLE,
  parseForeignPartner,
  parseFrenchPartner,
} from "./rows/partners";
import { parseSdg, SDG_TABLE } from "./rows/sdgs";
import { OTHER_THEMATICS_TABLE, parseOtherThematic } from "./rows/thematics";
import { parseVolunteer, VOLUNTEERS_TABLE } from "./rows/volunteers";
import { quote, type Warn } from "./rows/warn";
import type { Fiche, FicheFormat, Sdg } from "./schema";
import type { Section, SectionId, SplitResult } from "./sections";
import { tableRows } from "./tables";

/**
 * Assembles the Fiche from the split sections: one small reader per field, keys emitted in the
 * contract's order. Sections with the same key (a label met twice) are read as one.
 */

function itemLines(items: readonly Item[]): string[] {
  const lines: string[] = [];
  for (const item of items) {
    if (item.kind === "line") lines.push(item.text);
    else lines.push(clean(item.cells.filter((c) => c !== "").join(" ")));
  }
  return lines;
}

export function buildFiche(format: FicheFormat, split: SplitResult, warn: Warn): Fiche {
  const byKey = new Map<SectionId, Item[]>();
  for (const section of split.sections) {
    if (section.key === "embassy") continue;
    const list = byKey.get(section.key);
    if (list) list.push(...section.items);
    else byKey.set(section.key, [...section.items]);
  }
  const has = (key: SectionId): boolean => byKey.has(key);
  const items = (key: SectionId): Item[] => byKey.get(key) ?? [];
  // Items were cleaned by splitSections, so lines need no second pass here.
  const lines = (key: SectionId): string[] => itemLines(items(key)).filter((l) => l !== "");

  /** First line of a one-value section; extra lines are reported, not merged. */
  const scalar = (key: SectionId): string | null => {
    const all = lines(key);
    if (all.length > 1) warn(`${key}: ${all.length - 1} extra line(s) after the value ignored, first ${quote(all[1])}`);
    return valueOrNull(all[0] ?? null);
  };
  const text = (key: SectionId): string | null => joinParagraphs(lines(key));

  if (!has("title")) throw new MalformedFicheError("no 'Titre' label");
  const title = valueOrNull(lines("title").join(" "));
  if (title === null) throw new MalformedFicheError("the 'Titre' label has no value");

  const year = (key: SectionId): number | null => {
    const raw = scalar(key);
    const y = parseYear(raw);
    if (raw !== null && y === null) warn(`${key}: no year in ${quote(raw)}`);
    return y;
  };

  const theme = scalar("theme");
  const subTheme = scalar("subTheme");
  const subSubTheme = scalar("subSubTheme");
  if (theme === null && (subTheme !== null || subSubTheme !== null))
    warn("thematic: sub-theme given without a theme; thematic left null");

  const endRaw = scalar("endDate");
  const endDate = parseIsoDate(endRaw);
  if (endRaw !== null && endDate === null) warn(`endDate: cannot read a date in ${quote(endRaw)}`);

  const foreignPartners = tableRows(items("foreignPartners"), FOREIGN_PARTNERS_TABLE).map((r) =>
    parseForeignPartner(r, warn),
  );
  const partnerNames = foreignPartners.map((p) => p.name).filter((n) => n !== "");

  let triennial = split.triennial;
  if (triennial === null && has("triennialQuestion")) {
    const answer = (scalar("triennialQuestion") ?? "").toLowerCase();
    if (/^(?:oui|yes|vrai|true)\b/.test(answer)) triennial = true;
    else if (/^(?:non|no|faux|false)\b/.test(answer)) triennial = false;
  }

  const embassyPosts = split.sections
    .filter((s): s is Section & { post: string } => s.key === "embassy")
    .map((s) => parseEmbassyPost(s.post ?? "", itemLines(s.items), warn));

  return {
    format,
    title,
    conventionYear: year("conventionYear"),
    thematic: theme === null ? null : { theme, subTheme, subSubTheme },
    otherThematics: tableRows(items("otherThematics"), OTHER_THEMATICS_TABLE).map((r) => parseOtherThematic(r, warn)),
    sdgs: tableRows(items("sdgs"), SDG_TABLE)
      .map((r) => parseSdg(r, warn))
      .filter((s): s is Sdg => s !== null),
    startYear: year("startYear"),
    status: scalar("status"),
    endDate,
    context: text("context"),
    history: text("history"),
    objectives: text("objectives"),
    description: text("description"),
    partnershipForm: scalar("partnershipForm"),
    projectManagers: text("projectManagers"),
    contractingAuthorities: text("contractingAuthorities"),
    beneficiaries: text("beneficiaries"),
    foreignPartners,
    foreignContacts: tableRows(items("foreignContacts"), FOREIGN_CONTACTS_TABLE).map((r) =>
      parseForeignContact(r, partnerNames, warn),
    ),
    frenchPartners: tableRows(items("frenchPartners"), FRENCH_PARTNERS_TABLE)
      .map(parseFrenchPartner)
      .filter((p): p is string => p !== null),
    triennial,
    funding: tableRows(items("funding"), FUNDING_TABLE).map((r) => parseFunding(r, warn)),
    volunteers: tableRows(items("volunteers"), VOLUNTEERS_TABLE).map((r) => parseVolunteer(r, warn)),
    documents: tableRows(items("documents"), DOCUMENTS_TABLE).map((r) => parseDocument(r, warn)),
    embassyPosts,
  };
}
