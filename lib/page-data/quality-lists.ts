import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "../i18n/catalogue";
import type { Locale } from "../i18n/routing";
import {
  approximatePlacements,
  badEmails,
  collectiviteForScope,
  cutTitles,
  duplicateProjects,
  importWarnings,
  overdueProjects,
  projectsWithoutContacts,
  projectsWithoutFunding,
  type QualityRow,
  type QualityScope,
  type ScopeCollectivite,
} from "./quality";
import { findingMessage, rowCountries } from "./quality-findings";

/**
 * The lists of /qualite, in the order shown, each with its CSV export (`/api/quality/export?list=<key>`).
 * Their titles and descriptions are messages of the `quality` namespace (see `listMessageKey`).
 */
export const QUALITY_LISTS = [
  {
    key: "en-cours-echus",
    read: overdueProjects,
  },
  {
    key: "titres-coupes",
    read: cutTitles,
  },
  {
    key: "sans-financement",
    read: projectsWithoutFunding,
  },
  {
    key: "sans-contacts",
    read: projectsWithoutContacts,
  },
  {
    key: "placements",
    read: approximatePlacements,
  },
  {
    key: "courriels",
    read: badEmails,
  },
  {
    key: "doublons",
    read: duplicateProjects,
  },
  {
    key: "avertissements",
    read: importWarnings,
  },
] as const satisfies readonly {
  key: string;
  read: (scope: QualityScope) => Promise<QualityRow[]>;
}[];

export type QualityList = (typeof QUALITY_LISTS)[number];

/** Where a list's title and description are in the `quality` messages: `lists.<camelCased key>` ("en-cours-echus" → lists.enCoursEchus). */
export function listMessageKey(key: string): string {
  return `lists.${key.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}

export function qualityList(key: string | null): QualityList | undefined {
  return QUALITY_LISTS.find((list) => list.key === key);
}

export interface ResolvedScope {
  scope: QualityScope;
  country: string;
  /** The collectivité the `collectivite` parameter named, when one matched. */
  collectivite: ScopeCollectivite | null;
  /** The text of the `collectivite` parameter, as typed. */
  collectiviteText: string;
}

const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** `country` (ISO alpha-2) and `collectivite` (slug or name) from the URL; anything else is ignored. */
export async function resolveQualityScope(
  get: (name: string) => string | string[] | null | undefined,
): Promise<ResolvedScope> {
  const rawCountry = first(get("country")).trim().toUpperCase();
  const country = /^[A-Z]{2}$/.test(rawCountry) ? rawCountry : "";
  const collectiviteText = first(get("collectivite"))
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  const collectivite = collectiviteText ? await collectiviteForScope(collectiviteText) : null;
  return {
    scope: { country: country || undefined, collectiviteId: collectivite?.id ?? (collectiviteText ? -1 : undefined) },
    country,
    collectivite,
    collectiviteText,
  };
}

export const QUALITY_CSV_HEADERS = {
  fr: ["élément", "adresse", "pays", "collectivités", "constat", "correction"],
  en: ["item", "address", "country", "local authorities", "finding", "fix"],
};

/** next-intl's `t.markup` of the `quality` namespace, in the export's language. */
type QualityMarkup = (key: string, values: Record<string, string | number | ((chunks: string) => string)>) => string;

/** A list's rows as CSV cells, worded in `locale`, with absolute links. */
export async function qualityCsvRows(rows: QualityRow[], origin: string, locale: Locale): Promise<string[][]> {
  const messages = await loadMessages(locale);
  const markup = createTranslator({ locale, messages, namespace: "quality" }).markup as unknown as QualityMarkup;
  return rows.map((row) => [
    row.label,
    origin + row.href,
    rowCountries(row, locale),
    row.projects === undefined ? row.collectivites : markup("findings.projects", { count: row.projects }),
    finding(row, locale, markup),
    row.fix?.startsWith("/") ? origin + row.fix : (row.fix ?? ""),
  ]);
}

function finding(row: QualityRow, locale: Locale, markup: QualityMarkup): string {
  const { key, values } = findingMessage(row.finding, locale);
  return markup(`findings.${key}`, { ...values, content: (chunks) => chunks });
}
