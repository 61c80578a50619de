import { z } from "zod";
import { routing, type Locale } from "../i18n/routing";
import { parseSearchParams, type SearchParams } from "../search/params";

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

/** The search parameters of an API URL, its text query read in `?lang=` (French by default); an invalid lang is an error. */
export function readApiSearch(search: URLSearchParams): { params: SearchParams; locale: Locale } | { error: string } {
  const lang = readLang(search);
  return "error" in lang ? lang : { params: parseSearchParams(search, lang.locale), locale: lang.locale };
}
