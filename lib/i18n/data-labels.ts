import { PRECISION_LABELS } from "@/lib/domain/precision-labels";
import { englishCountryName } from "../countries";
import { EMBASSY_ROLE_LABELS, type EmbassyRole } from "../domain/embassy-roles";
import { FUNDER_KINDS, type FunderKind, funderKindLabel } from "../domain/funder-kinds";
import type { Precision } from "../domain/map-place";
import { SDG_LABELS, sdgGoalFromLabel } from "../fiche/sdg";
import { foldForMatch } from "../text/fold";
import thematics from "./data/thematics.en.json" with { type: "json" };
import {
  COUNTRY_EN_OVERRIDES,
  EMBASSY_ROLE_EN,
  FUNDER_KIND_EN,
  PRECISION_EN,
  SDG_EN,
  STATUS_EN,
} from "./data/vocabularies.en";
import type { Locale } from "./routing";

/**
 * The labels of the data's vocabularies (thematic tree, status, funder kinds, SDGs, placement
 * precision, embassy roles, countries) in the page's language. In French every function returns
 * what the French site always showed; in English a label the tables do not know is shown as the
 * data gives it. Fiche content (titles, descriptions, partner names) is never translated: mark
 * it with `lang={contentLang(locale)}` (./content-lang).
 */

const thematicByFolded = new Map(
  Object.entries((thematics as { names: Record<string, string> }).names).map(([fr, en]) => [foldForMatch(fr), en]),
);

/** A thematic node's English name by its French label (accents, case and punctuation aside), or null. */
export function englishThematicName(frenchLabel: string): string | null {
  return thematicByFolded.get(foldForMatch(frenchLabel)) ?? null;
}

export function thematicLabel(frenchLabel: string, locale: Locale): string {
  return locale === "fr" ? frenchLabel : (englishThematicName(frenchLabel) ?? frenchLabel);
}

export function statusLabel(frenchStatus: string, locale: Locale): string {
  return locale === "fr" ? frenchStatus : (STATUS_EN[foldForMatch(frenchStatus)] ?? frenchStatus);
}

export function funderKindName(kind: string, locale: Locale): string {
  if (locale === "fr" || !(kind in FUNDER_KINDS)) return funderKindLabel(kind);
  return FUNDER_KIND_EN[kind as FunderKind];
}

/** The official title of goal 1–17 in the language (French: the ODD title the atlas uses). */
export function sdgTitle(goal: number, locale: Locale): string | null {
  return (locale === "fr" ? SDG_LABELS[goal] : SDG_EN[goal]) ?? null;
}

/** The SDG's name, from its French name as the fiche gives it ("Objectif 6 : Eau propre…", its title or its number). */
export function sdgName(frenchName: string, locale: Locale): string {
  if (locale === "fr") return frenchName;
  const numbered = /^\s*(?:(?:objectif|odd|sdg)\s*)?(\d{1,2})\b\s*[:.–-]?\s*/i.exec(frenchName);
  const goal = numbered ? Number(numbered[1]) : sdgGoalFromLabel(frenchName);
  const title = goal === null ? null : sdgTitle(goal, locale);
  if (!title) return frenchName;
  return numbered && numbered[0].length < frenchName.trim().length ? `Goal ${goal}: ${title}` : title;
}

/** A placement's precision in a word or two (the map table's column, the place page). */
export function precisionName(precision: Precision, locale: Locale): string {
  return (locale === "fr" ? PRECISION_LABELS : PRECISION_EN)[precision] ?? precision;
}

const precisionByFrench = new Map(
  Object.entries(PRECISION_LABELS).map(([precision, label]) => [label, precision as Precision]),
);
const HOMONYM_SUFFIXES: [string, string][] = [
  [", incertaine (homonymes)", ", uncertain (homonyms)"],
  [" (homonymes)", " (homonyms)"],
];

/** A precision label as French pages write it ("Probable", "Précise, incertaine (homonymes)"…). */
export function precisionLabel(frenchLabel: string, locale: Locale): string {
  if (locale === "fr") return frenchLabel;
  for (const [fr, en] of [...HOMONYM_SUFFIXES, ["", ""] as [string, string]]) {
    if (!frenchLabel.endsWith(fr)) continue;
    const precision = precisionByFrench.get(frenchLabel.slice(0, frenchLabel.length - fr.length));
    if (precision) return `${PRECISION_EN[precision]}${en}`;
  }
  return frenchLabel;
}

export function embassyRoleLabel(role: EmbassyRole, locale: Locale): string {
  return (locale === "fr" ? EMBASSY_ROLE_LABELS : EMBASSY_ROLE_EN)[role];
}

/** A country's English name by ISO code, in its usual form ("Côte d'Ivoire", "Russia"), or null. */
export function englishCountryLabel(code: string): string | null {
  const upper = code.toUpperCase();
  return COUNTRY_EN_OVERRIDES[upper] ?? englishCountryName(upper);
}

/** A country's name: `fallback` (the name the data gives) in French or when the code is unknown. */
export function countryLabel(code: string, fallback: string, locale: Locale): string {
  return locale === "fr" ? fallback : (englishCountryLabel(code) ?? fallback);
}

/**
 * Places (or anything with a country code and the data's French country name) with that name in
 * `locale`, for what the browser shows as given: the map, its popups and the mini-maps carry no
 * vocabularies. Unchanged in French, and where the data names no country.
 */
export function withCountryNames<T extends { countryCode: string; countryName: string | null }>(
  items: T[],
  locale: Locale,
): T[] {
  if (locale === "fr") return items;
  return items.map((item) =>
    item.countryCode && item.countryName
      ? { ...item, countryName: countryLabel(item.countryCode, item.countryName, locale) }
      : item,
  );
}
