import Negotiator from "negotiator";
import { type Locale, isLocale, routing } from "./routing";

/**
 * The language the bare home page `/` opens in: the one the visitor last read (cookie), else the
 * first of ours their browser asks for, else French. Every other URL has one language only.
 */
export function homeLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  const preferred = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).language([
    ...routing.locales,
  ]);
  return isLocale(preferred) ? preferred : routing.defaultLocale;
}
