import type { CountryProjects, MapPlace } from "@/lib/domain/map-place";
import type { MapText } from "./map-text";

/**
 * The country view: how many distinct projects have a foreign partner in each country, and the
 * classes the choropleth colours them by. Pure, client-safe.
 */

/** Counted here for the inline maps; /api/map sends them counted by the database. */
export type CountryCount = CountryProjects;

export function countProjectsByCountry(places: MapPlace[]): CountryCount[] {
  const byCountry = new Map<string, { name: string; slugs: Set<string> }>();
  for (const place of places) {
    if (place.side !== "foreign" || !place.countryCode) continue;
    const entry = byCountry.get(place.countryCode) ?? {
      name: place.countryName || place.countryCode,
      slugs: new Set<string>(),
    };
    for (const project of place.projects) entry.slugs.add(project.slug);
    byCountry.set(place.countryCode, entry);
  }
  return [...byCountry]
    .map(([code, { name, slugs }]) => ({ code, name, projects: slugs.size }))
    .sort((a, b) => b.projects - a.projects || a.name.localeCompare(b.name, "fr"));
}

/** Sequential blues from the site's marine palette, light to dark. */
export const CHOROPLETH_COLOURS = ["#a9c1e8", "#7a9fdb", "#4a78c2", "#24539c", "#142f5a"] as const;

const NICE_STEPS = [1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000];

/**
 * Lower bounds of at most five classes, starting at 1, on "nice" numbers spread up to the
 * largest count; a small maximum gets one class per value.
 */
export function classBreaks(maxCount: number): number[] {
  if (maxCount < 1) return [];
  if (maxCount <= CHOROPLETH_COLOURS.length) return Array.from({ length: maxCount }, (_, i) => i + 1);
  const breaks = [1];
  for (let k = 1; k < CHOROPLETH_COLOURS.length; k++) {
    const target = Math.max(2, Math.round(maxCount ** (k / CHOROPLETH_COLOURS.length)));
    const nice = NICE_STEPS.find((step) => step >= target) ?? target;
    if (nice > breaks[breaks.length - 1] && nice <= maxCount) breaks.push(nice);
  }
  return breaks;
}

/** The colour of a count (undefined for 0: the country is not coloured). */
export function colourFor(count: number, breaks: number[]): string | undefined {
  let index = -1;
  for (let i = 0; i < breaks.length; i++) if (count >= breaks[i]) index = i;
  if (index < 0) return undefined;
  // With fewer classes than colours, spread them over the palette so they stay distinguishable.
  const scaled =
    breaks.length === 1
      ? CHOROPLETH_COLOURS.length - 1
      : Math.round((index * (CHOROPLETH_COLOURS.length - 1)) / (breaks.length - 1));
  return CHOROPLETH_COLOURS[scaled];
}

/** "1", "2–4", "5 et plus": the legend's label of class i. */
export function classLabel(breaks: number[], i: number, t: MapText): string {
  const from = breaks[i];
  const next = breaks[i + 1];
  if (next === undefined)
    return i === 0 && breaks.length === 1 ? String(from) : t("countries.andMore", { from: String(from) });
  return next - 1 === from ? String(from) : `${from}–${next - 1}`;
}
