import type { Locale } from "./routing";

/**
 * The message catalogues: one JSON file per language and namespace under lib/i18n/messages/<locale>/
 * (one namespace per area of the site, so the catalogues of two areas never touch). A namespace is
 * listed here once; tests/unit/i18n/catalogues.test.ts fails when a file is missing or a key exists
 * in one language only.
 */
export const NAMESPACES = ["collectivite", "country", "embed", "layout", "network", "places", "posts"] as const;

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    NAMESPACES.map(
      async (namespace) => [namespace, (await import(`./messages/${locale}/${namespace}.json`)).default] as const,
    ),
  );
  return Object.fromEntries(entries);
}
