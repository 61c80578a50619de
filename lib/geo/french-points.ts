import { frenchData, type Commune, type Epci } from "./french-data";
import { geonames, type City } from "./geonames";
import { nameKey } from "./names";
import type { Precision } from "./types";

/**
 * Coordinates of French units. etalab has none. GeoNames French places carry the INSEE code
 * (see inseeCode in geonames.ts), which gives 8,666 of 34,969 communes their own point (83% of
 * those with ≥1,000 inhabitants, all the large ones). Smaller communes fall back, in order, on:
 * a commune sharing one of their postcodes (postcode areas are ~10–15 km across: 20,244
 * communes), the main town of their EPCI (5,268), their arrondissement or département seat
 * (~480). Only Clipperton stays without a point. No installed package has better French points.
 */

export interface Point {
  lat: number;
  lon: number;
  precision: Precision;
  source: string;
}

/** GeoNames country holding each overseas département/collectivité; the rest is "FR". */
const OVERSEAS_GEONAMES_COUNTRY: Record<string, string> = {
  "971": "GP",
  "972": "MQ",
  "973": "GF",
  "974": "RE",
  "975": "PM",
  "976": "YT",
  "977": "BL",
  "978": "MF",
  "986": "WF",
  "987": "PF",
  "988": "NC",
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
  if (byCode?.length)
    return byCode.find((c) => nameKey(c.name) === key) ?? [...byCode].sort((a, b) => b.population - a.population)[0];
  const country = geonamesCountryOf(commune);
  const byName = (g.frenchByName.get(key) ?? []).filter(
    (c) => c.country === country && (country !== "FR" || c.admin2 === commune.departement),
  );
  return byName.length ? byName.sort((a, b) => b.population - a.population)[0] : null;
}

const pointCache = new Map<string, Point | null>();

/**
 * Coordinates of a current commune, with the fallback chain described at the top of this file.
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
      if (p)
        return {
          lat: p.lat,
          lon: p.lon,
          precision: "fuzzy",
          source: `etalab+geonames:postal-neighbour:${neighbour.code}`,
        };
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
  if (capital)
    return { lat: capital.lat, lon: capital.lon, precision: "exact", source: `etalab+geonames:capital:${capital.id}` };
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
