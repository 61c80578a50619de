import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeMapPoints, type MapPointsWire } from "../../lib/domain/map-points";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

/**
 * The maps of the country and collectivité pages as the API serves them when a page has too many
 * places to inline (components/places/PlacesMiniMap.tsx): the same places as the page's own data,
 * popups with the projects the page would have listed, countries named in ?lang=.
 */
let dbUrl: string;
let routes: {
  countryMap: typeof import("../../app/api/countries/[code]/map/route");
  countryPlace: typeof import("../../app/api/countries/[code]/map/places/[id]/route");
  collectiviteMap: typeof import("../../app/api/collectivites/[slug]/map/route");
  collectivitePlace: typeof import("../../app/api/collectivites/[slug]/map/places/[id]/route");
};
let pageMaps: typeof import("../../lib/page-data/page-maps");

beforeAll(async () => {
  const db = await freshDatabase();
  dbUrl = db.url;
  process.env.DATABASE_URL = db.url;
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  routes = {
    countryMap: await import("../../app/api/countries/[code]/map/route"),
    countryPlace: await import("../../app/api/countries/[code]/map/places/[id]/route"),
    collectiviteMap: await import("../../app/api/collectivites/[slug]/map/route"),
    collectivitePlace: await import("../../app/api/collectivites/[slug]/map/places/[id]/route"),
  };
  pageMaps = await import("../../lib/page-data/page-maps");
});

const get = (url: string) => new NextRequest(`http://atlas.test${url}`);
const slugOf = async (like: string) =>
  withClient(
    dbUrl,
    async (c) => (await c.query("SELECT slug FROM collectivite WHERE slug LIKE $1", [like])).rows[0].slug,
  );

async function countryMap(code: string, query = "") {
  const response = await routes.countryMap.GET(get(`/api/countries/${code}/map${query}`), {
    params: Promise.resolve({ code }),
  });
  return { status: response.status, body: response.status === 200 ? ((await response.json()) as MapPointsWire) : null };
}

describe("GET /api/countries/{code}/map", () => {
  it("serves the country page's placed partners, in the wire format of /api/map, named in ?lang=", async () => {
    const { body } = await countryMap("TN");
    const places = decodeMapPoints(body!).places;
    const expected = (await pageMaps.countryMapPlaces("TN"))!;
    expect(places.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => p.side === "foreign" && p.countryCode === "TN")).toBe(true);
    expect(places.map((p) => p.projectCount)).toEqual(
      places.map((p) => expected.find((e) => e.id === p.id)!.projects.length),
    );
    expect(places[0].countryName).toBe("Tunisie");
    const english = decodeMapPoints((await countryMap("tn", "?lang=en")).body!).places;
    expect(english[0].countryName).toBe("Tunisia");
  });

  it("gives a partner's popup with its projects; 404 off the map or for an unknown country; 400 for a bad lang", async () => {
    const [place] = (await pageMaps.countryMapPlaces("TN"))!;
    const popup = async (code: string, id: string, query = "") =>
      routes.countryPlace.GET(get(`/api/countries/${code}/map/places/${id}${query}`), {
        params: Promise.resolve({ code, id }),
      });
    const found = await (await popup("TN", String(place.id))).json();
    expect(found).toMatchObject({ id: place.id, slug: place.slug, projectCount: place.projects.length });
    expect(found.projects).toEqual(place.projects.slice(0, 50));
    const romans = await withClient(
      dbUrl,
      async (c) => (await c.query("SELECT id FROM collectivite WHERE slug LIKE 'romans%'")).rows[0].id,
    );
    expect((await popup("TN", String(romans))).status).toBe(404);
    expect((await popup("TN", "abc")).status).toBe(404);
    expect((await popup("TN", "0")).status).toBe(404);
    expect((await countryMap("ZZ")).status).toBe(404);
    expect((await countryMap("TN", "?lang=es")).status).toBe(400);
  });
});

describe("GET /api/collectivites/{slug}/map", () => {
  it("serves the collectivité and its placed partners; a popup lists the projects they share", async () => {
    const slug = await slugOf("clermont-ferrand%");
    const response = await routes.collectiviteMap.GET(get(`/api/collectivites/${slug}/map`), {
      params: Promise.resolve({ slug }),
    });
    const places = decodeMapPoints(await response.json()).places;
    const expected = (await pageMaps.collectiviteMapPlaces(slug))!;
    expect(places.length).toBeGreaterThan(20);
    expect(places.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    const partner = expected[1];
    const popup = await routes.collectivitePlace.GET(get(`/api/collectivites/${slug}/map/places/${partner.id}`), {
      params: Promise.resolve({ slug, id: String(partner.id) }),
    });
    expect(await popup.json()).toMatchObject({ id: partner.id, projects: partner.projects });
    const unknown = await routes.collectiviteMap.GET(get("/api/collectivites/nulle-part/map"), {
      params: Promise.resolve({ slug: "nulle-part" }),
    });
    expect(unknown.status).toBe(404);
  });
});
