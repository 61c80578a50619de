import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { normalizeCollectiviteName } from "./names";

/**
 * Hand placements from seeds/geo-overrides.json. They always win over matching, so they are
 * kept for the few names matching cannot get right (a homonym no context decides, a town
 * missing from GeoNames). Keyed by country + normalized name, so "Ville de X" finds "X".
 */
export interface GeoOverride {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** admin1 code to store with the placement (e.g. "SC"), when known. */
  region?: string;
  lat: number;
  lon: number;
  note?: string;
}

let overrides: Map<string, GeoOverride> | null = null;

function key(name: string, country: string): string {
  return `${country.toUpperCase()}|${normalizeCollectiviteName(name)}`;
}

/** seeds/geo-overrides.json, found from this file (lib/geo → repo root), else from the cwd. */
export function overridesFilePath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromModule = path.resolve(here, "../../seeds/geo-overrides.json");
  return existsSync(fromModule) ? fromModule : path.resolve(process.cwd(), "seeds/geo-overrides.json");
}

function validate(entry: unknown, position: number): GeoOverride {
  const e = entry as Partial<GeoOverride> | null;
  const ok =
    e !== null &&
    typeof e === "object" &&
    typeof e.name === "string" &&
    e.name.trim() !== "" &&
    typeof e.country === "string" &&
    /^[A-Za-z]{2}$/.test(e.country) &&
    typeof e.lat === "number" &&
    Math.abs(e.lat) <= 90 &&
    typeof e.lon === "number" &&
    Math.abs(e.lon) <= 180 &&
    (e.region === undefined || typeof e.region === "string") &&
    (e.note === undefined || typeof e.note === "string");
  if (!ok)
    throw new Error(
      `geo-overrides.json: entry ${position} needs name, country (alpha-2), lat, lon: ${JSON.stringify(entry)}`,
    );
  return e as GeoOverride;
}

function build(entries: unknown[]): Map<string, GeoOverride> {
  const map = new Map<string, GeoOverride>();
  entries.forEach((entry, i) => {
    const o = validate(entry, i);
    map.set(key(o.name, o.country), o);
  });
  return map;
}

function load(): Map<string, GeoOverride> {
  if (overrides) return overrides;
  const file = overridesFilePath();
  const parsed: unknown = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array`);
  overrides = build(parsed);
  return overrides;
}

/** The override for a name in a country, if any. */
export function findOverride(name: string, countryCode: string | null): GeoOverride | null {
  if (!countryCode) return null;
  return load().get(key(name, countryCode)) ?? null;
}

/**
 * Replaces the overrides (tests, or a caller holding its own list); null goes back to the
 * seeds file on next use.
 */
export function setGeoOverrides(entries: GeoOverride[] | null): void {
  overrides = entries === null ? null : build(entries);
}

/** Eager load, so a malformed seeds file fails at start-up rather than mid-import. */
export function loadOverrides(): number {
  return load().size;
}
