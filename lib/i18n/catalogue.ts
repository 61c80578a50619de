import type { Locale } from "./routing";

/**
 * The message catalogues: one JSON file per language and namespace under lib/i18n/messages/<locale>/
 * (one namespace per area of the site, so the catalogues of two areas never touch). A namespace is
 * listed here once; tests/unit/i18n/catalogues.test.ts fails when a file is missing or a key exists
 * in one language only.
 */
// biome-ignore format: one namespace a line, so that areas added side by side merge cleanly.
export const NAMESPACES = [
  "charts",
  "collectivite",
  "contacts",
  "country",
  "embed",
  "home",
  "layout",
  "map",
  "network",
  "openData",
  "paging",
  "places",
  "posts",
  "project",
  "quality",
  "search",
  "statistics",
] as const;

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(
      async (namespace) => [namespace, (await import(`./messages/${locale}/${namespace}.json`)).default] as const,
    ),
  );
  return Object.fromEntries(entries);
}
