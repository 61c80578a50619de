import "server-only";
import { createTranslator } from "next-intl";
import { loadMessages } from "../i18n/catalogue";
import type { Locale } from "../i18n/routing";
import {
  approximatePlacements,
  badEmails,
  cutTitles,
  duplicateProjects,
  importWarnings,
  overdueProjects,
  projectsWithoutContacts,
  projectsWithoutFunding,
  type QualityRow,
  type QualityScope,
} from "./quality";
import { perDataVersion } from "./per-data-version";
import { findingMessage, rowCountries } from "./quality-findings";
import { collectiviteForScope, postForScope, type ScopeCollectivite, type ScopePost } from "./quality-scope";

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
  /** The post the `post` parameter named (by slug), when one matched. */
  post: ScopePost | null;
  /** The `post` parameter as given. */
  postSlug: string;
}

const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** `country` (ISO alpha-2), `collectivite` (slug or name) and `post` (slug) from the URL; anything else is ignored. */
export async function resolveQualityScope(
  get: (name: string) => string | string[] | null | undefined,
): Promise<ResolvedScope> {
  const rawCountry = first(get("country")).trim().toUpperCase();
  const country = /^[A-Z]{2}$/.test(rawCountry) ? rawCountry : "";
  const collectiviteText = first(get("collectivite"))
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  const postSlug = first(get("post")).trim().slice(0, 200);
  const [collectivite, post] = await Promise.all([
    collectiviteText ? collectiviteForScope(collectiviteText) : null,
    postSlug ? postForScope(postSlug) : null,
  ]);
  // A name that matches nothing scopes to nothing (id -1), rather than to everything.
  const unmatched = (text: string, found: { id: number } | null) => found?.id ?? (text ? -1 : undefined);
  return {
    scope: {
      country: country || undefined,
      collectiviteId: unmatched(collectiviteText, collectivite),
      postId: unmatched(postSlug, post),
    },
    country,
    collectivite,
    collectiviteText,
    post,
    postSlug,
  };
}

/**
 * How many items all the lists hold for one collectivité or post: the count its page links to
 * /qualite with. Eight reads, so kept until the next import.
 */
export const qualityItemCount = perDataVersion(
  "quality:count",
  async (scope: Pick<QualityScope, "collectiviteId" | "postId">): Promise<number> => {
    const lengths = await Promise.all(QUALITY_LISTS.map(async (list) => (await list.read(scope)).length));
    return lengths.reduce((sum, length) => sum + length, 0);
  },
);

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
