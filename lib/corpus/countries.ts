import { countryCodeFromFrenchName, frenchCountryName } from "../countries";
import weightsByRegion from "./data/country-weights.json" with { type: "json" };
import embassyCities from "./data/embassy-cities.json" with { type: "json" };

/**
 * Which countries the generated partners come from, how the Atlas writes their names, and
 * where France's embassy in each sits. Weights follow the shape of the real Atlas: most
 * partnerships are with francophone West Africa and the Maghreb, then Europe, then the
 * Americas, with a long tail elsewhere.
 */

/** Weight of each partner country, read from lib/corpus/data/country-weights.json (grouped by region there). */
export const COUNTRY_WEIGHTS: Record<string, number> = Object.assign({}, ...Object.values(weightsByRegion));

/**
 * The Atlas's own spellings where they differ from the official French short names (the fiches
 * say "Etats-Unis d'Amérique", "Bélarus", "Territoires palestiniens"…). lib/countries maps
 * each of them back to its code.
 */
const ATLAS_SPELLINGS: Record<string, string> = {
  US: "Etats-Unis d'Amérique",
  BY: "Bélarus",
  PS: "Territoires palestiniens",
  CI: "Côte d'Ivoire",
  CG: "Congo",
  CZ: "République tchèque",
  TZ: "Tanzanie",
  MK: "Macédoine",
  CF: "Centrafrique",
  DO: "République dominicaine",
  EG: "Egypte",
  ET: "Ethiopie",
  EC: "Equateur",
  NG: "Nigeria",
  VN: "Viet Nam",
};

/** How a fiche writes the country (French, Atlas spelling). */
export function atlasCountryName(code: string): string {
  const name = ATLAS_SPELLINGS[code] ?? frenchCountryName(code);
  if (!name) throw new Error(`no French name for country ${code}`);
  return name;
}

/** Throws if a spelling would not be read back to its code: generated fiches must round-trip. */
export function assertCountryNamesRoundTrip(codes: Iterable<string>): void {
  for (const code of codes) {
    const back = countryCodeFromFrenchName(atlasCountryName(code));
    if (back !== code) throw new Error(`country name "${atlasCountryName(code)}" reads back as ${back}, not ${code}`);
  }
}

/**
 * City of France's embassy, in French, where it differs from the GeoNames capital (or where
 * the embassy is not in the capital: Cotonou, Abidjan, Tel-Aviv). Other countries use the
 * GeoNames capital as is. The list is data: lib/corpus/data/embassy-cities.json.
 */
export const EMBASSY_CITIES: Record<string, string> = embassyCities;

/** Posts that are consulates rather than embassies (the Atlas names them so). */
const CONSULATES: Record<string, string> = {
  PS: "Consulat général de France à Jérusalem",
};

/**
 * The diplomatic post for a country, as a fiche names it. `capital` is the GeoNames capital,
 * used when no French name is listed. Partners in Québec depend on the consulate in Québec city.
 */
export function embassyPostName(code: string, capital: string | null, inQuebec = false): string {
  if (inQuebec) return "Consulat général de France à Québec";
  if (CONSULATES[code]) return CONSULATES[code];
  const city = EMBASSY_CITIES[code] ?? capital ?? atlasCountryName(code);
  return `Ambassade de France à ${city}`;
}
