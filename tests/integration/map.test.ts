import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import { parseSearchParams } from "../../lib/search/params";
import type * as MapModule from "../../lib/search/map";

type MapPlaces = MapModule.MapPlaces;
let mapPlaces: typeof MapModule.mapPlaces;
let placeProjects: typeof MapModule.placeProjects;
const placesFor = (qs: string) => mapPlaces(parseSearchParams(new URLSearchParams(qs)));
let all: MapPlaces;

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  // lib/search reads DATABASE_URL on first use, as the app does.
  process.env.DATABASE_URL = db.url;
  ({ mapPlaces, placeProjects } = await import("../../lib/search/map"));
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
      expect(p.projectCount, p.name).toBeGreaterThan(0);
    }
  });

  it("links Cuneo to the Clermont-Ferrand project, listed when its popup opens", async () => {
    const cuneo = all.places.find((p) => p.name === "Cuneo")!;
    const clermont = all.places.find((p) => p.name === "Clermont-Ferrand")!;
    expect(cuneo.countryCode).toBe("IT");
    expect(clermont.side).toBe("french");
    const popup = await placeProjects(cuneo.id, parseSearchParams(new URLSearchParams()), 50);
    expect(popup?.place).toEqual(cuneo);
    expect(popup?.projects).toHaveLength(cuneo.projectCount);
    const ofClermont = await placeProjects(clermont.id, parseSearchParams(new URLSearchParams()), 50);
    expect(ofClermont?.projects.map((j) => j.slug)).toEqual(expect.arrayContaining(popup!.projects.map((j) => j.slug)));
    // A place outside the filtered map has no popup there.
    expect(await placeProjects(cuneo.id, parseSearchParams(new URLSearchParams("country=ES")), 50)).toBeNull();
  });

  it("?country=ES keeps the Spanish partners and the French collectivités working with them", async () => {
    const spain = await placesFor("country=ES");
    const foreign = spain.places.filter((p) => p.side === "foreign");
    const french = spain.places.filter((p) => p.side === "french");
    expect(foreign.length).toBe(all.places.filter((p) => p.countryCode === "ES").length);
    expect(foreign.every((p) => p.countryCode === "ES")).toBe(true);
    expect(french.length).toBeGreaterThan(0);
    // Exactly the French partners of the projects with a Spanish partner.
    const params = parseSearchParams(new URLSearchParams("country=ES"));
    const spanishProjects = new Set<string>();
    for (const p of foreign)
      for (const j of (await placeProjects(p.id, params, 1000))!.projects) spanishProjects.add(j.slug);
    for (const p of french) {
      const projects = (await placeProjects(p.id, params, 1000))!.projects;
      expect(
        projects.every((j) => spanishProjects.has(j.slug)),
        p.name,
      ).toBe(true);
    }
    expect(spain.countries.map((c) => c.code)).toEqual(["ES"]);
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
    expect(ofRomans.places.map((p) => p.name)).toContain(romans.name);
    expect(ofRomans.projectCount).toBe(romans.projectCount);
    expect(ofRomans.places.length).toBeLessThan(all.places.length);
    expect((await placesFor("from=2100")).places).toEqual([]);
    expect((await placesFor("country=123&sdg=99&from=abc")).places).toHaveLength(36);
  });
});
