import { type Locale, routing } from "./routing";

/**
 * Links are written once, with the internal (French) paths the folders under `app/[locale]` bear;
 * these two functions translate them to and from the URL a visitor sees in either language,
 * following the one table of `routing.pathnames`.
 */

type Template = { internal: string; segments: string[] };

const TEMPLATES: Record<Locale, Template[]> = Object.fromEntries(
  routing.locales.map((locale) => [
    locale,
    Object.entries(routing.pathnames).map(([internal, localized]) => ({
      internal,
      segments: split(typeof localized === "string" ? localized : (localized[locale] ?? internal)),
    })),
  ]),
) as Record<Locale, Template[]>;

function split(pathname: string): string[] {
  return pathname.split("/").filter(Boolean);
}

/** Fills `[param]` segments of `to` with the values `from`'s template matched in `segments`. */
function matchTemplate(segments: string[], template: string[]): Record<string, string> | null {
  if (segments.length !== template.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const param = /^\[(\w+)\]$/.exec(part);
    if (param) params[param[1]] = segments[index];
    else if (part !== segments[index]) return null;
  }
  return params;
}

function fill(template: string[], params: Record<string, string>): string {
  return `/${template.map((part) => params[/^\[(\w+)\]$/.exec(part)?.[1] ?? ""] ?? part).join("/")}`;
}

function translate(pathname: string, from: Locale, to: Locale): string {
  const segments = split(pathname);
  for (const [index, template] of TEMPLATES[from].entries()) {
    const params = matchTemplate(segments, template.segments);
    if (params) return fill(TEMPLATES[to][index].segments, params);
  }
  return pathname;
}

function prefix(locale: Locale): string {
  return locale === routing.defaultLocale ? "" : `/${locale}`;
}

/**
 * The URL of an internal href (`/pays/SN?page=2#projets`) in `locale`: `/en/countries/SN?page=2#projets`.
 * Hrefs that are not site paths (external links, `#anchors`, `?query` alone) are returned as they are.
 */
export function localizeHref(href: string, locale: Locale): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const cut = href.search(/[?#]/);
  const pathname = cut === -1 ? href : href.slice(0, cut);
  const rest = cut === -1 ? "" : href.slice(cut);
  if (pathname.startsWith("/api/")) return href;
  const localized = translate(pathname, routing.defaultLocale, locale);
  const prefixed = `${prefix(locale)}${localized === "/" && locale !== routing.defaultLocale ? "" : localized}`;
  return `${prefixed || "/"}${rest}`;
}

/** The language of a visible pathname and its internal (French) path: `/en/map` → en, `/carte`. */
export function readPathname(pathname: string): { locale: Locale; internal: string } {
  for (const locale of routing.locales) {
    const head = prefix(locale);
    if (!head) continue;
    if (pathname === head || pathname.startsWith(`${head}/`)) {
      const rest = pathname.slice(head.length) || "/";
      return { locale, internal: translate(rest, locale, routing.defaultLocale) };
    }
  }
  return { locale: routing.defaultLocale, internal: pathname };
}

/** The same page in another language: the visible pathname translated, the query kept. */
export function switchLocale(pathname: string, search: string, to: Locale): string {
  return localizeHref(`${readPathname(pathname).internal}${search}`, to);
}

/** An API URL asked from a page: `lang=` added on pages in another language than French (`/api/map?x=1&lang=en`). */
export function apiHref(href: string, locale: Locale): string {
  if (locale === routing.defaultLocale) return href;
  return `${href}${href.includes("?") ? "&" : "?"}lang=${locale}`;
}
