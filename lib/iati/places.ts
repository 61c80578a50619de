import { LOCATION_CLASS, LOCATION_EXACTNESS, LOCATION_FEATURE } from "./codes";
import { evenPercentages } from "./percentages";

export interface RecipientCountry {
  code: string;
  percentage: number;
}

/** One recipient-country per partner country, shares summing to 100. */
export function recipientCountries(codes: string[]): RecipientCountry[] {
  const distinct = [...new Set(codes.filter((c) => /^[A-Z]{2}$/.test(c)))].sort();
  const shares = evenPercentages(distinct.length);
  return distinct.map((code, i) => ({ code, percentage: shares[i] }));
}

export interface PartnerPlace {
  name: string;
  lat: number;
  lon: number;
  exactness: string;
  locationClass: string;
  feature: string;
}

type Located = { displayName: string; lat: number | null; lon: number | null; precision: string };

/** The foreign partner cities the atlas placed, with how exactly (GeographicExactness). */
export function partnerPlaces(partners: Located[]): PartnerPlace[] {
  return partners.flatMap((c) => {
    const exactness = LOCATION_EXACTNESS[c.precision];
    if (c.lat === null || c.lon === null || !exactness) return [];
    return [
      {
        name: c.displayName,
        lat: c.lat,
        lon: c.lon,
        exactness,
        locationClass: LOCATION_CLASS,
        feature: LOCATION_FEATURE,
      },
    ];
  });
}
