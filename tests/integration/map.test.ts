import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import { parseSearchParams } from "../../lib/search/params";
import type { mapPlaces as MapPlacesFn, MapPlaces } from "../../lib/search/map";

let mapPlaces: typeof MapPlacesFn;
const placesFor = (qs: string) => mapPlaces(parseSearchParams(new URLSearchParams(qs)));
let all: MapPlaces;

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  // lib/search reads DATABASE_URL on first use, as the app does.
  process.env.DATABASE_URL = db.url;
  ({ mapPlaces } = await import("../../lib/search/map"));
  all = await placesFor("");
});

describe("map places on the seeds", () => {
  it("places the 33 foreign partners and the 3 French collectivités", () => {
    expect(all.places.filter((p) => p.side === "foreign")).toHaveLength(33);
    expect(all.places.filter((p) => p.side === "french")).toHaveLength(3);
    expect(all.places).toHaveLength(36);
    expect(all.unplaced).toEqual([]);
    for (const p of all.places) {
      expect(Math.abs(p.lat), p.name).toBeLessThanOrEqual(90);
      expect(Math.abs(p.lon), p.name).toBeLessThanOrEqual(180);
      expect(p.projects.length, p.name).toBeGreaterThan(0);
    }
  });

  it("links Cuneo to the Clermont-Ferrand project", () => {
    const cuneo = all.places.find((p) => p.name === "Cuneo");
    const clermont = all.places.find((p) => p.name === "Clermont-Ferrand");
    expect(cuneo?.countryCode).toBe("IT");
    expect(clermont?.side).toBe("french");
    expect(cuneo?.projects).toEqual(clermont?.projects);
  });

  it("keeps only the Spanish partners with ?country=ES", async () => {
    const spain = await placesFor("country=ES");
    expect(spain.places.length).toBeGreaterThan(0);
    expect(spain.places.every((p) => p.countryCode === "ES" && p.side === "foreign")).toBe(true);
    expect(spain.places.length).toBe(all.places.filter((p) => p.countryCode === "ES").length);
  });

  it("places a Montréal borough on its city, with precision city-part", () => {
    const borough = all.places.find((p) => p.countryCode === "CA" && p.precision === "city-part");
    expect(borough, JSON.stringify(all.places.filter((p) => p.countryCode === "CA"))).toBeDefined();
    expect(borough!.name).toMatch(/Montr[ée]al/i);
    expect(borough!.lat).toBeCloseTo(45.5, 0);
    expect(borough!.lon).toBeCloseTo(-73.6, 0);
  });

  it("applies the other search filters through projectWhere", async () => {
    const romans = all.places.find((p) => p.name.startsWith("Romans"))!;
    const ofRomans = await placesFor(`french=${romans.id}`);
    expect(ofRomans.places.map((p) => p.name).sort()).toEqual(
      all.places.filter((p) => p.projects.some((j) => j.slug === romans.projects[0].slug)).map((p) => p.name).sort(),
    );
    expect(ofRomans.places.length).toBeLessThan(all.places.length);
    expect((await placesFor("from=2100")).places).toEqual([]);
    expect((await placesFor("country=123&sdg=99&from=abc")).places).toHaveLength(36);
  });
});
