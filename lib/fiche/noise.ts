import { canonicalLabel } from "./canonical-label";
import { registerHeadingStarts } from "./labels";

/**
 * Page furniture that is not fiche content: breadcrumbs (resolved or with unresolved i18n keys),
 * pagination widgets (one line or split over several), the site banner and footer, and icon
 * alt-texts such as "commun.ico.loupe.alter" left behind by copy-paste.
 */

const ICON_TOKEN = /(?:^|\s)commun\.ico\.[\w.-]*(?=\s|$)/gi;
const MD_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;

/** Removes icon alt-texts and markdown images from a line or a cell. */
export function stripIcons(value: string): string {
  if (!value.includes("commun.ico") && !value.includes("![")) return value;
  return value.replace(ICON_TOKEN, " ").replace(MD_IMAGE, " ");
}

const BREADCRUMB = /^(?:accueil|home)\s*(?:>|›|»|\/|\||→|::)/i;
const UNRESOLVED_KEY = /\?\?\?[\w.-]+\?\?\?/;

const NOISE_LINES = [
  "Accueil",
  "Détail projet",
  "Détail du projet",
  "Détail du partenariat",
  "Détail partenariat",
  "Atlas",
  "Atlas et Bourse partenariats",
  "Imprimer",
  "Retour",
  "Retour à la liste",
  "Retour aux résultats",
  "Exporter",
  "Partager",
  "Haut de page",
];
const NOISE_PREFIXES = ["Atlas français de la coopération décentralisée", "Tous droits réservés", "Copyright"];
const NOISE_CANON = new Set(NOISE_LINES.map(canonicalLabel));
const NOISE_CANON_PREFIX = NOISE_PREFIXES.map(canonicalLabel);
registerHeadingStarts(NOISE_LINES);
registerHeadingStarts(NOISE_PREFIXES, true);

/**
 * Breadcrumb, banner, footer or toolbar line. `line` is already cleaned; `canon` is its
 * canonical form, or null when the caller's pre-filter (mayBeHeading) ruled out every
 * label-like reading.
 */
export function isFurniture(line: string, canon?: string | null): boolean {
  if (BREADCRUMB.test(line) || UNRESOLVED_KEY.test(line)) return true;
  if (line.length > 120) return false;
  if (line.charCodeAt(0) === 0xa9) return true; // ©
  if (canon === null) return false;
  const c = canon ?? canonicalLabel(line);
  if (NOISE_CANON.has(c)) return true;
  return NOISE_CANON_PREFIX.some((p) => c.startsWith(p));
}

const PAGINATION_WORD =
  /^(?:<<|>>|<|>|«|»|‹|›|…|\.\.\.|\||\/|pagination\.[\w.]+|pr[ée]c[ée]dente?|suivante?|page|pages|sur|de|premi[èe]re?|derni[èe]re?|d[ée]but|fin|first|last|prev|previous|next)$/i;

/**
 * Pagination widget line, e.g. "<< < pagination.page.precedent 1 pagination.page.suivant > >>",
 * "Précédent", "Suivant", ">>". `digitsOnly` lines ("1") are pagination only next to such a line;
 * the caller decides that with `isPageNumber`.
 */
const PAGINATION_START =
  /^(?:[<>«»‹›…|/.\d]|pagination|pr[ée]c|suiv|page|prem|dern|d[ée]but|fin|first|last|prev|next|sur|de\b)/i;

export function isPaginationLine(line: string): boolean {
  if (line.length > 120 || line === "" || !PAGINATION_START.test(line)) return false;
  let sawWord = false;
  for (const token of line.split(" ")) {
    if (/^\d{1,3}$/.test(token)) continue;
    if (!PAGINATION_WORD.test(token)) return false;
    // "de", "sur", "page", "fin" alone are ordinary words: they only count next to a real marker.
    if (!/^(?:sur|de|page|pages|fin|d[ée]but)$/i.test(token)) sawWord = true;
  }
  return sawWord;
}

/** A bare page number ("1", "2 3 4") — pagination only when adjacent to a pagination line. */
export function isPageNumber(line: string): boolean {
  return /^\d{1,3}(?: \d{1,3})*$/.test(line);
}
