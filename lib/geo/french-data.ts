import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geonames, type City } from "./geonames";
import { dropLeadingArticle, nameKey } from "./names";
import type { Precision } from "./types";

/**
 * French administrative units from @etalab/decoupage-administratif, with coordinates joined
 * from GeoNames. The package's own index.js reads "./data/*.json" relative to the *current
 * directory*, so it breaks outside its folder: we read the JSON files directly.
 *
 * Coordinates: etalab has none. GeoNames French places carry the INSEE code (see inseeCode in
 * geonames.ts), which gives 8,666 of 34,969 communes their own point (83% of those with
 * ≥1,000 inhabitants, all the large ones). Smaller communes fall back, in order, on: a commune
 * sharing one of their postcodes (postcode areas are ~10–15 km across: 20,244 communes), the
 * main town of their EPCI (5,268), their arrondissement or département seat (~480). Only
 * Clipperton stays without a point. No installed package has better French points.
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

export interface Departement { code: string; nom: string; region: string; chefLieu: string }
export interface Region { code: string; nom: string; chefLieu: string }
interface Arrondissement { code: string; chefLieu: string }

export interface Point {
  lat: number;
  lon: number;
  precision: Precision;
  source: string;
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
  "ca", "cc", "cu", "communaute", "communautes", "agglomeration", "agglo", "communes", "urbaine", "metropole",
  "eurometropole", "metropolitaine", "grand", "de", "du", "des", "d", "la", "le", "les", "l", "et",
]);

/** Loose EPCI key shared by the index and the resolver. */
export function epciLooseKey(key: string): string {
  return key.split(" ").filter((w) => !EPCI_UNIT_WORDS.has(w)).join(" ");
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
    communeByCode: new Map(), communesByKey: new Map(), formerByKey: new Map(), arrondissementsMunicipaux: [],
    communesByPostcode: new Map(), epciByCode: new Map(), epciByMember: new Map(), epciByName: new Map(),
    epciByLooseKey: new Map(), departementByCode: new Map(), departementByKey: new Map(), regionByCode: new Map(),
    regionByKey: new Map(), arrondissementSeat: new Map(),
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

/** GeoNames country holding each overseas département/collectivité; the rest is "FR". */
const OVERSEAS_GEONAMES_COUNTRY: Record<string, string> = {
  "971": "GP", "972": "MQ", "973": "GF", "974": "RE", "975": "PM", "976": "YT",
  "977": "BL", "978": "MF", "986": "WF", "987": "PF", "988": "NC",
};

function geonamesCountryOf(commune: Commune): string {
  return OVERSEAS_GEONAMES_COUNTRY[commune.departement ?? ""] ?? "FR";
}

/**
 * GeoNames place of a commune: the one carrying its INSEE code (by its own name if several:
 * "Marseille" vs "Marseille 01"), else the same name in the same département (Paris has no
 * code in GeoNames; Polynesian communes neither).
 */
function geonamesPlace(commune: Commune): City | null {
  const g = geonames();
  const key = nameKey(commune.nom);
  const byCode = g.byInsee.get(commune.code);
  if (byCode?.length) return byCode.find((c) => nameKey(c.name) === key) ?? [...byCode].sort((a, b) => b.population - a.population)[0];
  const country = geonamesCountryOf(commune);
  const byName = (g.frenchByName.get(key) ?? []).filter((c) => c.country === country && (country !== "FR" || c.admin2 === commune.departement));
  return byName.length ? byName.sort((a, b) => b.population - a.population)[0] : null;
}

const pointCache = new Map<string, Point | null>();

/**
 * Coordinates of a current commune, with the fallback chain described at the top of the file.
 * The source names the commune the point really belongs to when it is a neighbour's.
 */
export function communePoint(code: string): Point | null {
  const cached = pointCache.get(code);
  if (cached !== undefined) return cached;
  const point = computeCommunePoint(code);
  pointCache.set(code, point);
  return point;
}

function ownPoint(commune: Commune | undefined): City | null {
  return commune ? geonamesPlace(commune) : null;
}

function computeCommunePoint(code: string): Point | null {
  const d = frenchData();
  const commune = d.communeByCode.get(code);
  if (!commune) return null;
  const own = ownPoint(commune);
  if (own) return { lat: own.lat, lon: own.lon, precision: "exact", source: `etalab+geonames:${own.id}` };

  for (const cp of commune.codesPostaux ?? []) {
    for (const neighbour of d.communesByPostcode.get(cp) ?? []) {
      if (neighbour.code === code) continue;
      const p = ownPoint(neighbour);
      if (p) return { lat: p.lat, lon: p.lon, precision: "fuzzy", source: `etalab+geonames:postal-neighbour:${neighbour.code}` };
    }
  }
  const epci = d.epciByMember.get(code);
  for (const member of epci?.membres ?? []) {
    const p = ownPoint(d.communeByCode.get(member.code));
    if (p) return { lat: p.lat, lon: p.lon, precision: "fuzzy", source: `etalab+geonames:epci-seat:${member.code}` };
  }
  const seats = [
    commune.arrondissement ? d.arrondissementSeat.get(commune.arrondissement) : undefined,
    commune.departement ? d.departementByCode.get(commune.departement)?.chefLieu : undefined,
  ];
  for (const seat of seats) {
    const p = seat && seat !== code ? ownPoint(d.communeByCode.get(seat)) : null;
    if (p) return { lat: p.lat, lon: p.lon, precision: "region", source: `etalab+geonames:seat:${seat}` };
  }
  // Single-commune collectivités (Saint-Barthélemy, Saint-Martin) are a GeoNames "country" of
  // their own, whose capital (Gustavia, Marigot) is the commune's seat.
  const country = geonamesCountryOf(commune);
  const capital = country !== "FR" ? geonames().byCountry.get(country)?.capital : null;
  if (capital) return { lat: capital.lat, lon: capital.lon, precision: "exact", source: `etalab+geonames:capital:${capital.id}` };
  return null;
}

/** Point of an EPCI: its most populous member that has a point of its own. */
export function epciPoint(epci: Epci): Point | null {
  for (const member of epci.membres) {
    const p = communePoint(member.code);
    if (p && p.precision === "exact") return p;
  }
  return epci.membres.length ? communePoint(epci.membres[0].code) : null;
}
