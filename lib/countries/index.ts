import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import fr from "i18n-iso-countries/langs/fr.json" with { type: "json" };
import { foldForMatch } from "../text/fold";
import { ATLAS_COUNTRY_ALIASES } from "./aliases";

/**
 * French country names → ISO 3166-1 alpha-2, from i18n-iso-countries plus the Atlas's own
 * spellings. Built once, lazily, because the parser and the gazetteer both call it in loops.
 */
countries.registerLocale(fr);
countries.registerLocale(en);

let byFoldedName: Map<string, string> | null = null;

function index(): Map<string, string> {
  if (byFoldedName) return byFoldedName;
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(countries.getNames("fr", { select: "all" }))) {
    for (const name of names as string[]) map.set(foldForMatch(name), code);
  }
  for (const [name, code] of Object.entries(ATLAS_COUNTRY_ALIASES)) map.set(foldForMatch(name), code);
  byFoldedName = map;
  return map;
}

/** ISO alpha-2 code for a French country label, or null when it is not a known country. */
export function countryCodeFromFrenchName(label: string): string | null {
  return index().get(foldForMatch(label)) ?? null;
}

/** Every folded French country name known, longest first (for splitting flattened rows from the right). */
export function foldedCountryNames(): string[] {
  return [...index().keys()].sort((a, b) => b.length - a.length);
}

/** The official French short name of a country code, e.g. "IT" → "Italie". */
export function frenchCountryName(code: string): string | null {
  return countries.getName(code, "fr") ?? null;
}

/** The official English short name of a country code, e.g. "IT" → "Italy" (lib/i18n/data-labels.ts picks the usual one). */
export function englishCountryName(code: string): string | null {
  return countries.getName(code, "en") ?? null;
}
