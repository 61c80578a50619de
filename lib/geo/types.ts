/**
 * Shared shapes of the gazetteer. Precision says how close the stored point is to where the
 * collectivité sits:
 * - exact: on the town (or, for a French département/région/EPCI, on its seat);
 * - fuzzy: the name matched only loosely (spacing, spelling, word order), or a small French
 *   commune without its own coordinates placed on a neighbour sharing its postcode/EPCI;
 * - city-part: a sub-unit (borough, arrondissement) placed on its parent city;
 * - region: a province/region placed on its homonymous town, or a commune on its arrondissement
 *   or département seat;
 * - country: only the country is known, placed on its capital;
 * - none: not placed.
 */
export type Precision = "exact" | "fuzzy" | "city-part" | "region" | "country" | "none";

/** One candidate considered for a name (a homonym, or the chosen place itself). */
export interface Alternative {
  name: string;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
  source: string;
}

export interface Placement {
  lat: number | null;
  lon: number | null;
  precision: Precision;
  /** "geonames:<id>", "override", "country-centroid:geonames:<id>", "none". */
  source: string;
  /** GeoNames admin1 code of the place (US state "SC", German Land "09"…), when known. */
  admin1: string | null;
  /** True when homonyms existed and neither context nor override decided between them. */
  ambiguous: boolean;
  /** The gazetteer name that was matched, or null. */
  matchedName: string | null;
  /** A few candidates considered, chosen first; empty when nothing matched. */
  alternatives: Alternative[];
}

/** A partner the gazetteer could not place (a fresh object: callers may fill it in). */
export function unplaced(): Placement {
  return {
    lat: null,
    lon: null,
    precision: "none",
    source: "none",
    admin1: null,
    ambiguous: false,
    matchedName: null,
    alternatives: [],
  };
}

export interface PartnerRef {
  name: string;
  countryCode: string | null;
}

export type FrenchKind = "commune" | "epci" | "departement" | "region";

export interface FrenchAlternative {
  officialCode: string;
  officialName: string;
  departementCode: string | null;
  population: number | null;
}

export interface FrenchResolution {
  kind: FrenchKind;
  /** INSEE code for communes/départements/régions, SIREN for EPCI. */
  officialCode: string;
  officialName: string;
  departementCode: string | null;
  regionCode: string | null;
  regionName: string | null;
  lat: number | null;
  lon: number | null;
  precision: Precision;
  /** "etalab+geonames:<geonames id>", "etalab+geonames:postal-neighbour:<insee>", "override"… */
  source: string;
  /** True when homonyms existed (communes, or a bare name that is also a département). */
  ambiguous: boolean;
  alternatives: FrenchAlternative[];
}
