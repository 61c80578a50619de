import type { City } from "./geonames";
import { haversineKm, SAME_PLACE_KM } from "./distance";
import type { Alternative } from "./types";

/**
 * Choosing between homonyms inside one country ("Lexington": Kentucky, South Carolina…).
 * Order of preference: the admin1 where the project's other partners in that country are;
 * otherwise the most significant place (population, main name over alternate name), flagged
 * ambiguous so the report lists it for a human look.
 */

export interface Candidate {
  city: City;
  /** Matched through an alternate name (old name, exonym) rather than the main name. */
  alt: boolean;
}

/** Feature codes that are parts or remains of places rather than towns in their own right. */
const WEAK_FEATURES: Record<string, number> = { PPLX: 1, PPLA5: 1, PPLH: 2, PPLQ: 2, PPLW: 2 };

/**
 * Rank of a candidate: log population, +1 for a main-name match (an alternate-name match must
 * be ~10× larger to win: "Lexington" the town beats De Soto, formerly Lexington), minus a
 * penalty for city sections and historical places.
 */
export function candidateScore(c: Candidate): number {
  return Math.log10(c.city.population + 10) + (c.alt ? 0 : 1) - (WEAK_FEATURES[c.city.featureCode] ?? 0);
}

/** Candidates best first, keeping one per place (a town and its own district are one place). */
export function distinctPlaces(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => candidateScore(b) - candidateScore(a));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const dup = kept.some(
      (k) => k.city.id === c.city.id || haversineKm(k.city.lat, k.city.lon, c.city.lat, c.city.lon) <= SAME_PLACE_KM,
    );
    if (!dup) kept.push(c);
  }
  return kept;
}

/** For each admin1: how many sibling partners could be there, and their summed population there. */
export type Support = Map<string, { count: number; population: number }>;

/** Admin1 support from the candidate lists of a partner's siblings (same project, same country). */
export function siblingSupport(siblingCandidates: Candidate[][]): Support {
  const support: Support = new Map();
  for (const candidates of siblingCandidates) {
    const bestPerAdmin1 = new Map<string, number>();
    for (const c of candidates) {
      if (!c.city.admin1) continue;
      bestPerAdmin1.set(c.city.admin1, Math.max(bestPerAdmin1.get(c.city.admin1) ?? 0, c.city.population));
    }
    for (const [admin1, population] of bestPerAdmin1) {
      const s = support.get(admin1) ?? { count: 0, population: 0 };
      s.count += 1;
      s.population += population;
      support.set(admin1, s);
    }
  }
  return support;
}

/**
 * A top place this many times more populous than every other homonym, matched on its main
 * name, is taken as a clear winner, not flagged: Olsztyn (172k) against a village of 2k is
 * no real doubt, and flagging such cases would drown the real ones (Lexington KY 225k vs
 * SC 20k, Greenville NC vs SC) in the review report.
 */
export const CLEAR_WINNER_RATIO = 20;

function isClearWinner(distinct: Candidate[]): boolean {
  const [top, ...others] = distinct;
  if (top.alt) return false;
  const runnerUp = Math.max(...others.map((c) => c.city.population));
  return top.city.population >= CLEAR_WINNER_RATIO * Math.max(runnerUp, 1);
}

export interface Choice {
  chosen: Candidate;
  ambiguous: boolean;
  byContext: boolean;
}

/**
 * Picks among distinct places (best first). With several, the admin1 supported by the most
 * siblings wins; ties go to the admin1 where those siblings weigh most (Greenville, Anderson
 * and Lexington all exist in SC, MO and TX; the SC ones are by far the largest), then to the
 * candidate's own rank. Without any support: the top-ranked place, ambiguous unless it is a
 * clear winner (see CLEAR_WINNER_RATIO).
 */
export function choose(distinct: Candidate[], support: Support | null): Choice {
  if (distinct.length === 1) return { chosen: distinct[0], ambiguous: false, byContext: false };
  if (support && support.size > 0) {
    let best: { c: Candidate; count: number; population: number; rank: number } | null = null;
    distinct.forEach((c, rank) => {
      const s = support.get(c.city.admin1);
      if (!s || s.count === 0) return;
      const better =
        !best ||
        s.count > best.count ||
        (s.count === best.count &&
          (s.population > best.population || (s.population === best.population && rank < best.rank)));
      if (better) best = { c, count: s.count, population: s.population, rank };
    });
    if (best) return { chosen: (best as { c: Candidate }).c, ambiguous: false, byContext: true };
  }
  return { chosen: distinct[0], ambiguous: !isClearWinner(distinct), byContext: false };
}

export function toAlternative(c: Candidate): Alternative {
  return {
    name: c.city.name,
    admin1: c.city.admin1 || null,
    lat: c.city.lat,
    lon: c.city.lon,
    population: c.city.population,
    source: `geonames:${c.city.id}`,
  };
}
