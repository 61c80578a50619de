import type { Locale } from "./routing";

/**
 * The `lang` attribute for fiche content (titles, descriptions, partner names, which are never
 * translated): none on French pages, "fr" inside pages of another language. Its own module, so
 * that client components can mark content without bundling the vocabularies of ./data-labels.
 */
export function contentLang(locale: Locale): "fr" | undefined {
  return locale === "fr" ? undefined : "fr";
}
