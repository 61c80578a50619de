import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dropLeadingArticle, nameKey } from "./names";

/**
 * French administrative units from @etalab/decoupage-administratif (their coordinates, joined
 * from GeoNames, are in french-points.ts). The package's own index.js reads "./data/*.json"
 * relative to the *current directory*, so it breaks outside its folder: we read the JSON files
 * directly.
 */

export interface Commune {
  code: string;
  nom: string;
  type: "commune-actuelle" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal";
  departement?: string;
  region?: string;
  arrondissement?: string;
  population?: number;
  codesPostaux?: string[];
  /** Parent commune code for délégués/associées ("chefLieu") and municipal arrondissements ("commune"). */
  chefLieu?: string;
  commune?: string;
}

export interface Epci {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  membres: { code: string; nom: string; populationTotale?: number }[];
}

export interface Departement {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
}
export interface Region {
  code: string;
  nom: string;
  chefLieu: string;
}
interface Arrondissement {
  code: string;
  chefLieu: string;
}

export interface FrenchData {
  communeByCode: Map<string, Commune>;
  /** Current communes by name key, most populous first. */
  communesByKey: Map<string, Commune[]>;
  /** Former communes (déléguées/associées) by name key. */
  formerByKey: Map<string, Commune[]>;
  /** Municipal arrondissements of Paris, Lyon, Marseille. */
  arrondissementsMunicipaux: Commune[];
  communesByPostcode: Map<string, Commune[]>;
  epciByCode: Map<string, Epci>;
  epciByMember: Map<string, Epci>;
  /** EPCI by full name key and by the name without its "(ABBR)". */
  epciByName: Map<string, Epci[]>;
  /** EPCI by loose key: unit words, articles and "grand" dropped ("Grand Lyon" ≡ "Métropole de Lyon"). */
  epciByLooseKey: Map<string, Epci[]>;
  departementByCode: Map<string, Departement>;
  departementByKey: Map<string, Departement>;
  regionByCode: Map<string, Region>;
  regionByKey: Map<string, Region>;
  arrondissementSeat: Map<string, string>;
}

function readEtalab<T>(file: string): T {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}.json`), "utf8")) as T;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Words of EPCI names that say what kind of body it is, not which one. */
const EPCI_UNIT_WORDS = new Set([
  "ca",
  "cc",
  "cu",
  "communaute",
  "communautes",
  "agglomeration",
  "agglo",
  "communes",
  "urbaine",
  "metropole",
  "eurometropole",
  "metropolitaine",
  "grand",
  "de",
  "du",
  "des",
  "d",
  "la",
  "le",
  "les",
  "l",
  "et",
]);

/** Loose EPCI key shared by the index and the resolver. */
export function epciLooseKey(key: string): string {
  return key
    .split(" ")
    .filter((w) => !EPCI_UNIT_WORDS.has(w))
    .join(" ");
}

/** "Communauté d'agglomération X" → "ca x": etalab abbreviates the unit word. */
export function abbreviateEpciKey(key: string): string {
  return key
    .replace(/^communaute d agglomeration /, "ca ")
    .replace(/^communaute de communes /, "cc ")
    .replace(/^communaute urbaine /, "cu ");
}

function build(): FrenchData {
  const communes = readEtalab<Commune[]>("communes");
  const epcis = readEtalab<Epci[]>("epci");
  const departements = readEtalab<Departement[]>("departements");
  const regions = readEtalab<Region[]>("regions");
  const arrondissements = readEtalab<Arrondissement[]>("arrondissements");

  const data: FrenchData = {
    communeByCode: new Map(),
    communesByKey: new Map(),
    formerByKey: new Map(),
    arrondissementsMunicipaux: [],
    communesByPostcode: new Map(),
    epciByCode: new Map(),
    epciByMember: new Map(),
    epciByName: new Map(),
    epciByLooseKey: new Map(),
    departementByCode: new Map(),
    departementByKey: new Map(),
    regionByCode: new Map(),
    regionByKey: new Map(),
    arrondissementSeat: new Map(),
  };

  for (const c of communes) {
    if (c.type === "commune-actuelle") {
      data.communeByCode.set(c.code, c);
      push(data.communesByKey, nameKey(c.nom), c);
      for (const cp of c.codesPostaux ?? []) push(data.communesByPostcode, cp, c);
    } else if (c.type === "arrondissement-municipal") {
      data.arrondissementsMunicipaux.push(c);
    } else {
      push(data.formerByKey, nameKey(c.nom), c);
    }
  }
  const byPopulation = (a: Commune, b: Commune) => (b.population ?? 0) - (a.population ?? 0);
  for (const list of data.communesByKey.values()) list.sort(byPopulation);
  for (const list of data.communesByPostcode.values()) list.sort(byPopulation);

  for (const e of epcis) {
    data.epciByCode.set(e.code, e);
    e.membres.sort((a, b) => (b.populationTotale ?? 0) - (a.populationTotale ?? 0));
    for (const m of e.membres) data.epciByMember.set(m.code, e);
    const full = nameKey(e.nom);
    const noParen = nameKey(e.nom.replace(/\([^)]*\)/g, " "));
    push(data.epciByName, full, e);
    if (noParen !== full) push(data.epciByName, noParen, e);
    push(data.epciByLooseKey, epciLooseKey(noParen), e);
  }
  const byEpciPopulation = (a: Epci, b: Epci) => (b.populationTotale ?? 0) - (a.populationTotale ?? 0);
  for (const list of data.epciByLooseKey.values()) list.sort(byEpciPopulation);

  for (const d of departements) {
    data.departementByCode.set(d.code, d);
    data.departementByKey.set(nameKey(d.nom), d);
    data.departementByKey.set(dropLeadingArticle(nameKey(d.nom)), d);
  }
  for (const r of regions) {
    data.regionByCode.set(r.code, r);
    data.regionByKey.set(nameKey(r.nom), r);
    data.regionByKey.set(dropLeadingArticle(nameKey(r.nom)), r);
  }
  for (const a of arrondissements) data.arrondissementSeat.set(a.code, a.chefLieu);
  return data;
}

let data: FrenchData | null = null;

export function frenchData(): FrenchData {
  if (!data) data = build();
  return data;
}
