import { countryCodeFromFrenchName } from "../countries/index";
import { closestKeys } from "./fuzzy";
import { countryKeys, geonames, lookupRefs, refCity, type CountryIndex } from "./geonames";
import { choose, distinctPlaces, siblingSupport, toAlternative, type Candidate } from "./homonyms";
import {
  compactKey,
  dropLeadingArticle,
  isSubunitKey,
  nameKey,
  normalizeCollectiviteName,
  sortedKey,
  splitSegments,
  stripUnitPrefix,
} from "./names";
import { findOverride } from "./overrides";
import { type PartnerRef, type Placement, type Precision, unplaced } from "./types";

/**
 * Places foreign collectivités on GeoNames towns of their own country. Matching goes from
 * strict to loose and stops at the first pass that finds something:
 *   1. the folded name, then without its unit prefix ("Ville de", "Province de"…);
 *   2. the same without spaces ("Phrapradaeng"), with words sorted ("Gasteiz-Vitoria"),
 *      without a leading article;
 *   3. what follows "de"/"of" ("Commune IV du District de Bamako" → Bamako);
 *   4. one or two typing slips (edit distance).
 * Passes 2–4 give precision "fuzzy"; a sub-unit gives "city-part", a province/region "region".
 */

type Level = "city" | "region" | "subunit";

interface Attempt {
  key: string;
  level: Level;
  /** Found on a secondary segment ("X, Y" matched on Y): never better than fuzzy. */
  secondary: boolean;
}

export interface ForeignMatch {
  /** Distinct places, best ranked first. */
  candidates: Candidate[];
  precision: Precision;
  matchedKey: string;
}

/** Codes fiches or callers may use that GeoNames spells differently. */
const COUNTRY_CODE_ALIASES: Record<string, string> = { UK: "GB", EL: "GR" };

/** ISO alpha-2 from a code or, leniently, a French country name; null when unknown. */
export function normalizeCountry(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    return COUNTRY_CODE_ALIASES[upper] ?? upper;
  }
  return countryCodeFromFrenchName(trimmed);
}

function attemptsFor(name: string): Attempt[] {
  const attempts: Attempt[] = [];
  const seen = new Set<string>();
  const add = (key: string, level: Level, secondary: boolean) => {
    const id = `${key}|${level}`;
    if (!key || seen.has(id)) return;
    seen.add(id);
    attempts.push({ key, level, secondary });
  };
  const addWithStripped = (key: string, level: Level, secondary: boolean) => {
    add(key, level, secondary);
    const cleaned = stripUnitPrefix(key);
    if (cleaned.stripped) add(cleaned.key, level === "subunit" ? "subunit" : cleaned.level, secondary);
  };

  addWithStripped(nameKey(name), "city", false);
  const keys = splitSegments(name).map(nameKey).filter(Boolean);
  if (keys.length > 1) {
    // "commune" opens sub-units only after a city ("Bamako, Commune IV"); first, it is "Commune de X".
    const isSub = keys.map((k, i) => isSubunitKey(k) && (i > 0 || !k.startsWith("commune")));
    const hasSub = isSub.some(Boolean);
    keys.forEach((key, i) => {
      if (isSub[i]) return;
      addWithStripped(key, hasSub ? "subunit" : "city", i > 0 && !hasSub);
    });
  }
  return attempts;
}

function precisionOf(attempt: Attempt, strict: boolean): Precision {
  if (attempt.level === "subunit") return "city-part";
  if (attempt.level === "region") return "region";
  return strict && !attempt.secondary ? "exact" : "fuzzy";
}

function candidatesOf(index: CountryIndex, refs: number[]): Candidate[] {
  return refs.map((ref) => refCity(index, ref));
}

function looseRefs(index: CountryIndex, key: string): number[] {
  const compact = compactKey(key);
  const sorted = sortedKey(key);
  const bare = dropLeadingArticle(key);
  const refs = [
    ...lookupRefs(index.compact, compact),
    ...lookupRefs(index.exact, compact),
    ...lookupRefs(index.sorted, sorted),
    ...lookupRefs(index.exact, sorted),
    ...(bare !== key ? lookupRefs(index.exact, bare) : []),
  ];
  return [...new Set(refs)];
}

/** Tails after a preposition: "commune iv du district de bamako" → "district de bamako", "bamako". */
function tails(key: string): { head: string; tail: string }[] {
  const out: { head: string; tail: string }[] = [];
  const re = / (?:de|du|des|d|of|di|del|da|do) /g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(key))) out.push({ head: key.slice(0, m.index), tail: key.slice(m.index + m[0].length) });
  return out;
}

function runMatch(index: CountryIndex, name: string): ForeignMatch | null {
  const attempts = attemptsFor(name);
  const found = (refs: number[], attempt: Attempt, strict: boolean, key: string): ForeignMatch | null =>
    refs.length
      ? {
          candidates: distinctPlaces(candidatesOf(index, refs)),
          precision: precisionOf(attempt, strict),
          matchedKey: key,
        }
      : null;

  for (const a of attempts) {
    const hit = found(lookupRefs(index.exact, a.key), a, true, a.key);
    if (hit) return hit;
  }
  for (const a of attempts) {
    const hit = found(looseRefs(index, a.key), a, false, a.key);
    if (hit) return hit;
  }
  for (const a of attempts) {
    for (const { head, tail } of tails(a.key)) {
      const level: Level = a.level === "subunit" || isSubunitKey(head) ? "subunit" : a.level;
      for (const key of [tail, stripUnitPrefix(tail).key]) {
        const hit = found(lookupRefs(index.exact, key), { key, level, secondary: a.secondary }, false, key);
        if (hit) return hit;
      }
    }
  }
  for (const a of attempts) {
    for (const key of [a.key, compactKey(a.key)]) {
      const close = closestKeys(key, countryKeys(index));
      if (close.length) {
        const refs = [...new Set(close.flatMap((k) => lookupRefs(index.exact, k)))];
        return found(refs, a, false, close[0]);
      }
    }
  }
  return null;
}

const matchCache = new Map<string, ForeignMatch | null>();

/** Candidate towns for a name in a country (cached: fiches repeat partners). */
export function matchForeign(name: string, countryCode: string): ForeignMatch | null {
  const cacheKey = `${countryCode}|${name}`;
  const cached = matchCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const index = geonames().byCountry.get(countryCode);
  const result = index ? runMatch(index, name) : null;
  matchCache.set(cacheKey, result);
  return result;
}

/** Country known, no town: the capital stands for the country (always on land, unlike a mean). */
function countryPlacement(countryCode: string): Placement {
  const capital = geonames().byCountry.get(countryCode)?.capital;
  if (!capital) return unplaced();
  return {
    lat: capital.lat,
    lon: capital.lon,
    precision: "country",
    source: `country-centroid:geonames:${capital.id}`,
    admin1: null,
    ambiguous: false,
    matchedName: null,
    alternatives: [],
  };
}

export interface PlaceContext {
  siblings: PartnerRef[];
}

/**
 * Places one foreign collectivité. `context.siblings` are the other foreign partners of the
 * same project: among homonyms, the admin1 they share wins.
 */
export function placeForeign(name: string, countryCode: string | null, context?: PlaceContext): Placement {
  const country = normalizeCountry(countryCode);
  if (!country) return unplaced();
  const match = matchForeign(name, country);
  const override = findOverride(name, country);
  if (override) {
    return {
      lat: override.lat,
      lon: override.lon,
      precision: "exact",
      source: "override",
      admin1: override.region ?? null,
      ambiguous: false,
      matchedName: override.name,
      alternatives: (match?.candidates ?? []).slice(0, 5).map(toAlternative),
    };
  }
  if (!match) return countryPlacement(country);

  const own = normalizeCollectiviteName(name);
  const siblingCandidates = (context?.siblings ?? [])
    .filter((s) => normalizeCountry(s.countryCode) === country && normalizeCollectiviteName(s.name) !== own)
    .map((s) => matchForeign(s.name, country)?.candidates ?? [])
    .filter((c) => c.length > 0);
  const { chosen, ambiguous } = choose(
    match.candidates,
    siblingCandidates.length ? siblingSupport(siblingCandidates) : null,
  );
  const alternatives = [chosen, ...match.candidates.filter((c) => c !== chosen)].slice(0, 5).map(toAlternative);
  return {
    lat: chosen.city.lat,
    lon: chosen.city.lon,
    precision: match.precision,
    source: `geonames:${chosen.city.id}`,
    admin1: chosen.city.admin1 || null,
    ambiguous,
    matchedName: chosen.city.name,
    alternatives,
  };
}

/** Places a project's foreign partners together, each with the others as homonym context. */
export function placeForeignGroup(partners: PartnerRef[]): Placement[] {
  return partners.map((p, i) => placeForeign(p.name, p.countryCode, { siblings: partners.filter((_, j) => j !== i) }));
}
