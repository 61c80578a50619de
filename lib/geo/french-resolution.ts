import { CLEAR_WINNER_RATIO } from "./homonyms";
import { frenchData, type Commune, type Departement, type Epci, type Region } from "./french-data";
import { communePoint, epciPoint, type Point } from "./french-points";
import type { FrenchAlternative, FrenchResolution, Precision } from "./types";

/**
 * A matched official unit (commune, département, région, EPCI) as the FrenchResolution the
 * importer stores: its codes, its point (no more precise than the match), and whether homonyms
 * leave it ambiguous.
 */

const PRECISION_ORDER: Precision[] = ["exact", "fuzzy", "city-part", "region", "country", "none"];

function worse(a: Precision, b: Precision): Precision {
  return PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;
}

function regionName(code: string | undefined | null): string | null {
  return code ? (frenchData().regionByCode.get(code)?.nom ?? null) : null;
}

function located(
  point: Point | null,
  matchPrecision: Precision,
): Pick<FrenchResolution, "lat" | "lon" | "precision" | "source"> {
  if (!point) return { lat: null, lon: null, precision: "none", source: "none" };
  return { lat: point.lat, lon: point.lon, precision: worse(point.precision, matchPrecision), source: point.source };
}

export function communeAlternative(c: Commune): FrenchAlternative {
  return {
    officialCode: c.code,
    officialName: c.nom,
    departementCode: c.departement ?? null,
    population: c.population ?? null,
  };
}

export function ofCommune(
  c: Commune,
  matchPrecision: Precision,
  homonyms: Commune[] = [c],
  forceAmbiguous = false,
): FrenchResolution {
  const runnerUp = Math.max(0, ...homonyms.filter((h) => h !== c).map((h) => h.population ?? 0));
  const clear = (c.population ?? 0) >= CLEAR_WINNER_RATIO * Math.max(runnerUp, 1);
  return {
    kind: "commune",
    officialCode: c.code,
    officialName: c.nom,
    departementCode: c.departement ?? null,
    regionCode: c.region ?? null,
    regionName: regionName(c.region),
    ...located(communePoint(c.code), matchPrecision),
    ambiguous: forceAmbiguous || (homonyms.length > 1 && !clear),
    alternatives: homonyms.slice(0, 5).map(communeAlternative),
  };
}

export function ofDepartement(d: Departement, matchPrecision: Precision, ambiguous = false): FrenchResolution {
  return {
    kind: "departement",
    officialCode: d.code,
    officialName: d.nom,
    departementCode: d.code,
    regionCode: d.region,
    regionName: regionName(d.region),
    ...located(communePoint(d.chefLieu), matchPrecision),
    ambiguous,
    alternatives: [],
  };
}

export function ofRegion(r: Region, matchPrecision: Precision, seat = r.chefLieu, ambiguous = false): FrenchResolution {
  return {
    kind: "region",
    officialCode: r.code,
    officialName: r.nom,
    departementCode: null,
    regionCode: r.code,
    regionName: r.nom,
    ...located(communePoint(seat), matchPrecision),
    ambiguous,
    alternatives: [],
  };
}

export function ofEpci(e: Epci, matchPrecision: Precision, homonyms: Epci[] = [e]): FrenchResolution {
  const main = e.membres.length ? frenchData().communeByCode.get(e.membres[0].code) : undefined;
  return {
    kind: "epci",
    officialCode: e.code,
    officialName: e.nom,
    departementCode: main?.departement ?? null,
    regionCode: main?.region ?? null,
    regionName: regionName(main?.region),
    ...located(epciPoint(e), matchPrecision),
    ambiguous: homonyms.length > 1,
    alternatives: homonyms.slice(0, 5).map((h) => ({
      officialCode: h.code,
      officialName: h.nom,
      departementCode: null,
      population: h.populationTotale ?? null,
    })),
  };
}
