import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFiches } from "@/lib/corpus";
import { importFiches } from "@/lib/import/run";
import { decodeMapPoints, encodeMapPoints } from "@/lib/domain/map-points";
import { parseSearchParams } from "@/lib/search/params";
import type * as MapModule from "../../lib/search/map";
import { freshDatabase } from "./test-db";

/**
 * The size of GET /api/map's body on a generated corpus. The budget is 400 kB gzip for the
 * ~31,700 places of 20,000 fiches (12.6 bytes a place; the bench measures 11.9); the old format
 * (every place with its project slugs and titles) took 5.5 MB there. A small corpus is sparser,
 * so its places differ more from their neighbours: 1,500 fiches take about 13.7 bytes a place.
 */
const FICHES = 1500;
const BUDGET_PER_PLACE = 15;

let dir: string;
let map: MapModule.MapPlaces;

beforeAll(async () => {
  const { url } = await freshDatabase();
  dir = mkdtempSync(path.join(tmpdir(), "atlas-map-size-"));
  const { files } = writeFiches(dir, "map-size", FICHES);
  await importFiches(files, { databaseUrl: url });
  process.env.DATABASE_URL = url;
  const { mapPlaces } = await import("../../lib/search/map");
  map = await mapPlaces(parseSearchParams(new URLSearchParams()));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("/api/map on a generated corpus", () => {
  it("sends the unfiltered map within 15 bytes gzip a place, and decodes back to the same places", () => {
    expect(map.places.length).toBeGreaterThan(FICHES);
    const body = JSON.stringify(encodeMapPoints(map.places, map.countries));
    const gzip = gzipSync(body).length;
    expect(gzip / map.places.length).toBeLessThan(BUDGET_PER_PLACE);
    const decoded = decodeMapPoints(JSON.parse(body));
    const byId = new Map(decoded.places.map((p) => [p.id, p]));
    // Coordinates travel in 1/1000 degree: at most half a step off, plus the float rounding of the division.
    const halfStep = 0.0005 + 1e-9;
    for (const place of map.places) {
      const back = byId.get(place.id)!;
      expect({ ...back, lat: 0, lon: 0 }).toEqual({ ...place, slug: undefined, lat: 0, lon: 0 });
      expect(Math.abs(back.lat - place.lat)).toBeLessThanOrEqual(halfStep);
      expect(Math.abs(back.lon - place.lon)).toBeLessThanOrEqual(halfStep);
    }
    expect(decoded.countries).toEqual(map.countries);
  });

  it("keeps every French partner of a country's projects under that country's filter", async () => {
    const { mapPlaces } = await import("../../lib/search/map");
    const country = map.countries[0].code;
    const filtered = await mapPlaces(parseSearchParams(new URLSearchParams({ country })));
    const french = filtered.places.filter((p) => p.side === "french");
    expect(french.length).toBeGreaterThan(0);
    expect(filtered.places.filter((p) => p.side === "foreign").every((p) => p.countryCode === country)).toBe(true);
  });
});
