import { countryCodeFromFrenchName } from "../countries";
import { geonames, lookupRefs, refCity, type City } from "./geonames";
import { nameKey } from "./names";
import exceptions from "./post-country-exceptions.json" with { type: "json" };

/**
 * The country of an embassy post is where its city is: "Ambassade de France à Pékin" is in
 * China whatever the partners of the fiche that names it. Order: the exceptions file (cities
 * the gazetteer cannot decide), a country named instead of a city ("Ambassade de France en
 * Chine"), then GeoNames: a capital of that name first, else the most populous town of that name.
 */

const EXCEPTIONS = new Map(Object.entries(exceptions.cities).map(([city, code]) => [nameKey(city), code]));

/** "Ambassade de France à Pékin" → "Pékin"; "Consulat général de France en Chine" → "Chine". */
export function postPlace(post: string): string {
  const rest = post
    .trim()
    .replace(/^(?:ambassade|consulat(?:\s+g[ée]n[ée]ral)?|poste|bureau)\s+(?:de\s+)?(?:france\s*)?/i, "");
  const match = /^(?:(?:aux|au|en|dans|pour|de|[àa])\s+|d['’]\s*)(.+)$/i.exec(rest);
  return (match ? match[1] : rest).trim();
}

/** How a town ranks as the seat of a post: capitals, then seats of government, then by population. */
function rank(city: City, alt: boolean): number[] {
  const seat = city.featureCode === "PPLC" ? 0 : city.featureCode === "PPLG" ? 1 : 2;
  return [seat, alt ? 1 : 0, -city.population];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The country of the best GeoNames town with that name, over every country. */
function countryOfTown(place: string): string | null {
  const key = nameKey(place);
  if (!key) return null;
  let best: { code: string; rank: number[] } | null = null;
  for (const [code, index] of geonames().byCountry) {
    for (const ref of lookupRefs(index.exact, key)) {
      const { city, alt } = refCity(index, ref);
      const r = rank(city, alt);
      if (!best || compareRanks(r, best.rank) < 0) best = { code, rank: r };
    }
  }
  return best?.code ?? null;
}

/** ISO code of the post's country, or null when neither the exceptions nor the gazetteer know its city. */
export function postCountry(post: string): string | null {
  const place = postPlace(post);
  const excepted = EXCEPTIONS.get(nameKey(place)) ?? EXCEPTIONS.get(nameKey(post));
  if (excepted) return excepted;
  const asCountry = countryCodeFromFrenchName(place.replace(/^(?:la|le|les|l')\s*/i, ""));
  if (asCountry) return asCountry;
  return countryOfTown(place);
}
