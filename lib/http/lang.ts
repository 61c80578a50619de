import { z } from "zod";
import { routing, type Locale } from "../i18n/routing";

/**
 * `?lang=` of the exports and the API: the language of CSV headers and of data labels (status,
 * thematic, funder kind, country), and the language the text query is read in. French when
 * absent; any other value is refused (400), never guessed.
 */
const langSchema = z.enum(routing.locales).optional();

export function readLang(search: URLSearchParams): { locale: Locale } | { error: string } {
  const values = search.getAll("lang");
  const parsed = values.length > 1 ? null : langSchema.safeParse(values[0]);
  if (!parsed?.success) return { error: `lang doit valoir ${routing.locales.join(" ou ")}` };
  return { locale: parsed.data ?? "fr" };
}
