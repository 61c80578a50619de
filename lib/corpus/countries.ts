import { countryCodeFromFrenchName, frenchCountryName } from "../countries";

/**
 * Which countries the generated partners come from, how the Atlas writes their names, and
 * where France's embassy in each sits. Weights follow the shape of the real Atlas: most
 * partnerships are with francophone West Africa and the Maghreb, then Europe, then the
 * Americas, with a long tail elsewhere.
 */

export const COUNTRY_WEIGHTS: Record<string, number> = {
  // Africa
  SN: 60, BF: 55, ML: 45, MG: 40, MA: 40, BJ: 35, CM: 30, NE: 25, TN: 30, TG: 20, MR: 15, GN: 12, CI: 15,
  DZ: 14, CG: 6, CD: 6, TD: 5, GA: 4, KM: 4, DJ: 2, CV: 4, ET: 3, KE: 3, ZA: 5, MZ: 3, GH: 3, NG: 2, RW: 3,
  BI: 3, CF: 2, EG: 4, GW: 2, GM: 1, AO: 1, MU: 2, SC: 1, TZ: 2, UG: 1, SD: 1,
  // Europe
  DE: 30, IT: 25, PL: 22, RO: 24, ES: 18, GB: 14, BE: 10, PT: 8, HU: 8, CZ: 7, GR: 5, AT: 4, CH: 3, NL: 4,
  IE: 3, SK: 3, SI: 2, HR: 3, RS: 3, BA: 2, AL: 2, BG: 4, MK: 2, LT: 2, LV: 2, EE: 1, BY: 2, UA: 8, MD: 6,
  RU: 6, SE: 2, FI: 1, DK: 1, NO: 1, LU: 2,
  // Americas
  HT: 22, CA: 18, US: 14, BR: 14, CL: 10, MX: 7, AR: 6, CO: 5, PE: 6, NI: 6, BO: 4, EC: 3, CU: 4, UY: 3,
  PY: 1, DO: 2, GT: 2, SV: 1, HN: 1, CR: 2, PA: 1, VE: 1,
  // Middle East, Asia, Oceania
  LB: 18, PS: 14, AM: 10, VN: 18, CN: 14, JP: 12, KH: 8, LA: 7, IN: 6, IL: 4, JO: 3, KR: 4, TH: 3, ID: 2,
  PH: 2, TR: 4, GE: 4, AZ: 1, KZ: 1, MN: 2, LK: 1, NP: 1, BD: 1, AU: 2, NZ: 1, VU: 1, UZ: 1, IQ: 1,
};

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
 * GeoNames capital as is.
 */
export const EMBASSY_CITIES: Record<string, string> = {
  SN: "Dakar", BF: "Ouagadougou", ML: "Bamako", MG: "Tananarive", MA: "Rabat", BJ: "Cotonou", CM: "Yaoundé",
  NE: "Niamey", TN: "Tunis", TG: "Lomé", MR: "Nouakchott", GN: "Conakry", CI: "Abidjan", DZ: "Alger",
  CG: "Brazzaville", CD: "Kinshasa", TD: "N'Djamena", GA: "Libreville", KM: "Moroni", DJ: "Djibouti",
  CV: "Praia", ET: "Addis-Abeba", KE: "Nairobi", ZA: "Pretoria", MZ: "Maputo", GH: "Accra", NG: "Abuja",
  RW: "Kigali", BI: "Bujumbura", CF: "Bangui", EG: "Le Caire", GW: "Bissau", GM: "Banjul", AO: "Luanda",
  MU: "Port-Louis", SC: "Victoria", TZ: "Dar es Salaam", UG: "Kampala", SD: "Khartoum",
  DE: "Berlin", IT: "Rome", PL: "Varsovie", RO: "Bucarest", ES: "Madrid", GB: "Londres", BE: "Bruxelles",
  PT: "Lisbonne", HU: "Budapest", CZ: "Prague", GR: "Athènes", AT: "Vienne", CH: "Berne", NL: "La Haye",
  IE: "Dublin", SK: "Bratislava", SI: "Ljubljana", HR: "Zagreb", RS: "Belgrade", BA: "Sarajevo", AL: "Tirana",
  BG: "Sofia", MK: "Skopje", LT: "Vilnius", LV: "Riga", EE: "Tallinn", BY: "Minsk", UA: "Kiev", MD: "Chisinau",
  RU: "Moscou", SE: "Stockholm", FI: "Helsinki", DK: "Copenhague", NO: "Oslo", LU: "Luxembourg",
  HT: "Port-au-Prince", CA: "Ottawa", US: "Washington", BR: "Brasilia", CL: "Santiago", MX: "Mexico",
  AR: "Buenos Aires", CO: "Bogota", PE: "Lima", NI: "Managua", BO: "La Paz", EC: "Quito", CU: "La Havane",
  UY: "Montevideo", PY: "Asuncion", DO: "Saint-Domingue", GT: "Guatemala", SV: "San Salvador",
  HN: "Tegucigalpa", CR: "San José", PA: "Panama", VE: "Caracas",
  LB: "Beyrouth", AM: "Erevan", VN: "Hanoï", CN: "Pékin", JP: "Tokyo", KH: "Phnom Penh", LA: "Vientiane",
  IN: "New-Delhi", IL: "Tel-Aviv", JO: "Amman", KR: "Séoul", TH: "Bangkok", ID: "Jakarta", PH: "Manille",
  TR: "Ankara", GE: "Tbilissi", AZ: "Bakou", KZ: "Astana", MN: "Oulan-Bator", LK: "Colombo", NP: "Katmandou",
  BD: "Dacca", AU: "Canberra", NZ: "Wellington", VU: "Port-Vila", UZ: "Tachkent", IQ: "Bagdad",
};

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
