import { closestKeys } from "./fuzzy";
import { FORMER_REGIONS, REGION_ALIASES, WHOLE_NAME_ALIASES } from "./french-aliases";
import { abbreviateEpciKey, epciLooseKey, frenchData, type Commune } from "./french-data";
import { communeAlternative, ofCommune, ofDepartement, ofEpci, ofRegion } from "./french-resolution";
import { dropLeadingArticle, nameKey, splitSegments } from "./names";
import { findOverride } from "./overrides";
import type { FrenchResolution, Precision } from "./types";

/**
 * Resolves a French collectivité as written on a fiche ("Romans sur Isère", "Conseil
 * départemental de l'Isère", "Eurométropole de Strasbourg", "Région Rhône-Alpes") to its
 * official unit. The unit word decides where to look; a bare name is looked up as an EPCI
 * name, then a commune, then a région/département (a bare name that is both, like "Vienne",
 * goes to the commune only if it is a real town, and is flagged ambiguous either way).
 */

/** Population above which a bare name shared by a commune and a département means the town. */
const TOWN_OVER_DEPARTEMENT = 10_000;

const REGION_WORDS = /^(?:conseil regional|region|collectivite regionale|collectivite territoriale|collectivite) (.+)$/;
const DEPARTEMENT_WORDS = /^(?:conseil departemental|conseil general|departement|collectivite departementale) (.+)$/;
const EPCI_WORDS = /(?:^(?:ca|cc|cu) |\b(?:communaute|metropole|eurometropole|agglomeration|agglo)\b)/;
const COMMUNE_WORDS = /^(?:ville|commune|mairie|municipalite|cite) (?:(de la|de l|du|des|de|d) )?(.+)$/;
const ARRONDISSEMENT = /\b(\d{1,2}) ?(?:er|e|eme|ieme)? arrondissement\b/;

function findRegion(key: string): FrenchResolution | null {
  const d = frenchData();
  const bare = dropLeadingArticle(key);
  for (const k of [key, bare]) {
    const r = d.regionByKey.get(k);
    if (r) return ofRegion(r, "exact");
    const alias = REGION_ALIASES[k];
    if (alias) return ofRegion(d.regionByCode.get(alias)!, "exact");
    const former = FORMER_REGIONS[k];
    // A 2016-merged region maps to its successor, placed on its own former seat: "fuzzy" so the
    // report shows the mapping for a check.
    if (former) return ofRegion(d.regionByCode.get(former.region)!, "fuzzy", former.seat);
  }
  return null;
}

function findDepartement(key: string): FrenchResolution | null {
  const d = frenchData();
  const bare = dropLeadingArticle(key);
  const code = bare.toUpperCase().replace(/ /g, "");
  const dep =
    d.departementByKey.get(key) ?? d.departementByKey.get(bare) ?? d.departementByCode.get(code.padStart(2, "0"));
  return dep ? ofDepartement(dep, "exact") : null;
}

function findEpci(key: string, loose: boolean): FrenchResolution | null {
  const d = frenchData();
  const abbreviated = abbreviateEpciKey(key);
  const exact = d.epciByName.get(abbreviated) ?? d.epciByName.get(key);
  if (exact?.length) return ofEpci(exact[0], "exact", exact);
  if (!loose) return null;
  const looseKey = epciLooseKey(abbreviated);
  const hits = looseKey ? d.epciByLooseKey.get(looseKey) : undefined;
  return hits?.length ? ofEpci(hits[0], "fuzzy", hits) : null;
}

/** Département codes named by qualifier segments: "Saint-Denis (93)", "Valence, Drôme". */
function departementHints(qualifiers: string[]): Set<string> {
  const d = frenchData();
  const hints = new Set<string>();
  for (const q of qualifiers) {
    const key = nameKey(q);
    const code = key.toUpperCase().replace(/ /g, "");
    const dep =
      d.departementByCode.get(code) ?? d.departementByKey.get(key) ?? d.departementByKey.get(dropLeadingArticle(key));
    if (dep) hints.add(dep.code);
    const region = d.regionByKey.get(key) ?? d.regionByKey.get(dropLeadingArticle(key));
    if (region) for (const dp of d.departementByCode.values()) if (dp.region === region.code) hints.add(dp.code);
  }
  return hints;
}

function communesNamed(key: string, hints: Set<string>): Commune[] {
  const all = frenchData().communesByKey.get(key) ?? [];
  if (!hints.size) return all;
  const hinted = all.filter((c) => c.departement && hints.has(c.departement));
  return hinted.length ? hinted : all;
}

function findCommune(keys: string[], hints: Set<string>, precision: Precision): FrenchResolution | null {
  for (const key of keys) {
    const homonyms = communesNamed(key, hints);
    if (homonyms.length) return ofCommune(homonyms[0], precision, homonyms);
  }
  return null;
}

/** A former commune (merged into a "commune nouvelle"): resolved to today's commune. */
function findFormerCommune(key: string): FrenchResolution | null {
  const d = frenchData();
  const former = d.formerByKey.get(key);
  const parent = former?.map((f) => d.communeByCode.get(f.chefLieu ?? "")).find((c): c is Commune => Boolean(c));
  return parent ? ofCommune(parent, "fuzzy") : null;
}

let communeKeys: string[] | null = null;

function findCommuneFuzzy(key: string, hints: Set<string>): FrenchResolution | null {
  communeKeys ??= [...frenchData().communesByKey.keys()];
  const close = closestKeys(key, communeKeys);
  return close.length ? findCommune([close[0]], hints, "fuzzy") : null;
}

/** "Mairie du 13e arrondissement de Paris" → Paris, city-part. */
function findArrondissement(key: string): FrenchResolution | null {
  const m = ARRONDISSEMENT.exec(key);
  const city = /\b(paris|lyon|marseille)\b/.exec(key);
  if (!m || !city) return null;
  const parent = frenchData().communesByKey.get(city[1])?.[0];
  return parent ? ofCommune(parent, "city-part") : null;
}

/** The commune readings of "Ville de la Rochelle", "Commune du Havre", "Mairie des Mureaux". */
function communeKeysAfterPrefix(article: string | undefined, rest: string): string[] {
  const restored: Record<string, string> = { "de la": "la ", "de l": "l ", du: "le ", des: "les " };
  const withArticle = article && restored[article] ? `${restored[article]}${rest}` : null;
  return withArticle ? [withArticle, rest] : [rest];
}

function resolveKey(key: string, qualifiers: string[]): FrenchResolution | null {
  const d = frenchData();
  const alias = WHOLE_NAME_ALIASES[key];
  if (alias) {
    if (alias.kind === "region") return ofRegion(d.regionByCode.get(alias.code)!, "exact");
    if (alias.kind === "departement") return ofDepartement(d.departementByCode.get(alias.code)!, "exact");
    return ofEpci(d.epciByCode.get(alias.code)!, "exact");
  }
  const hints = departementHints(qualifiers);

  const arrondissement = findArrondissement(key);
  if (arrondissement) return arrondissement;

  const region = REGION_WORDS.exec(key);
  if (region) {
    const found = findRegion(region[1]);
    if (found) return found;
  }
  const departement = DEPARTEMENT_WORDS.exec(key);
  if (departement) return findDepartement(departement[1]);
  if (region) return null;

  if (EPCI_WORDS.test(key)) {
    const epci = findEpci(key, true);
    if (epci) return epci;
  }

  const commune = COMMUNE_WORDS.exec(key);
  if (commune) {
    const keys = communeKeysAfterPrefix(commune[1], commune[2]);
    // The first word may belong to the commune's own name ("Ville-di-Pietrabugno").
    return (
      findCommune(keys, hints, "exact") ??
      findFormerCommune(keys[keys.length - 1]) ??
      findCommune([key], hints, "exact") ??
      findCommuneFuzzy(keys[keys.length - 1], hints)
    );
  }

  const epci = findEpci(key, false);
  if (epci) return epci;

  const homonyms = communesNamed(key, hints);
  const regionHit = findRegion(key);
  const departementHit = findDepartement(key);
  const unit = regionHit ?? departementHit;
  if (homonyms.length) {
    const town = homonyms[0];
    if (!unit) return ofCommune(town, "exact", homonyms);
    // Paris is both the commune and the département: one collectivité, no doubt.
    const sameBody = unit.kind === "departement" && d.departementByCode.get(unit.officialCode)?.chefLieu === town.code;
    if (sameBody) return ofCommune(town, "exact", homonyms);
    if ((town.population ?? 0) >= TOWN_OVER_DEPARTEMENT) return ofCommune(town, "exact", homonyms, true);
    return { ...unit, ambiguous: true, alternatives: homonyms.slice(0, 5).map(communeAlternative) };
  }
  if (unit) return unit;

  if (key !== epciLooseKey(key)) {
    const loose = findEpci(key, true);
    if (loose) return loose;
  }
  return findFormerCommune(key) ?? findCommuneFuzzy(key, hints);
}

const cache = new Map<string, FrenchResolution | null>();

function resolveUncached(name: string): FrenchResolution | null {
  const segments = splitSegments(name);
  if (!segments.length) return null;
  // Later segments are hints ("Saint-Denis (93)"); failing that, the label may be one name
  // that happens to contain a comma or parentheses.
  return (
    resolveKey(nameKey(segments[0]), segments.slice(1)) ?? (segments.length > 1 ? resolveKey(nameKey(name), []) : null)
  );
}

/**
 * Official French unit for a fiche label, with a point; null when nothing plausible matches.
 * An override (country "FR") replaces the point, never the identification.
 */
export function resolveFrenchCollectivite(name: string): FrenchResolution | null {
  let result = cache.get(name);
  if (result === undefined) {
    result = resolveUncached(name);
    cache.set(name, result);
  }
  const override = result ? findOverride(name, "FR") : null;
  if (result && override)
    return { ...result, lat: override.lat, lon: override.lon, precision: "exact", source: "override" };
  return result;
}
