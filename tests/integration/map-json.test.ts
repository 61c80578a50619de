import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import { parseSearchParams } from "../../lib/search/params";
import { decodeMapPoints, encodeMapPoints } from "../../lib/domain/map-points";
import type * as MapModule from "../../lib/search/map";

/** GET /api/map's body: the places of mapPlaces, the unfiltered one serialised once per data version. */
let map: typeof MapModule;
let dbUrl: string;

beforeAll(async () => {
  const db = await freshDatabase();
  dbUrl = db.url;
  process.env.DATABASE_URL = db.url;
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  map = await import("../../lib/search/map");
});

describe("mapPointsJson", () => {
  it("is the wire format of mapPlaces, filtered or not", async () => {
    for (const raw of [{}, { country: "SN" }]) {
      const params = parseSearchParams(raw);
      const { places, countries } = await map.mapPlaces(params);
      const body = await map.mapPointsJson(params, "fr");
      expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(encodeMapPoints(places, countries))));
      expect(decodeMapPoints(JSON.parse(body)).places.length).toBe(places.length);
    }
  });

  it("names the countries in the asked language, the rest of the body unchanged", async () => {
    const params = parseSearchParams({});
    const french = JSON.parse(await map.mapPointsJson(params, "fr"));
    const english = JSON.parse(await map.mapPointsJson(params, "en"));
    const names = (body: { co: [string, string, number][] }) =>
      Object.fromEntries(body.co.map(([code, name]) => [code, name]));
    expect(names(french).TN).toBe("Tunisie");
    expect(names(english).TN).toBe("Tunisia");
    expect(names(english).JP).toBe("Japan");
    // The places' country names (cn, one per country code cc) follow the same language.
    expect(english.cn[english.cc.indexOf("TN")]).toBe("Tunisia");
    expect(english.co.map(([code, , projects]: [string, string, number]) => [code, projects])).toEqual(
      french.co.map(([code, , projects]: [string, string, number]) => [code, projects]),
    );
    expect({ ...english, co: null, cn: null }).toEqual({ ...french, co: null, cn: null });
  });

  it("serves the unfiltered body until the data version changes", async () => {
    const params = parseSearchParams({});
    const before = await map.mapPointsJson(params, "fr");
    const renamed = "Lieu renommé pour le test";
    await withClient(dbUrl, (c) =>
      c.query(
        `UPDATE collectivite SET display_name = $1 WHERE id = (SELECT min(id) FROM collectivite WHERE lat IS NOT NULL)`,
        [renamed],
      ),
    );
    expect(await map.mapPointsJson(params, "fr")).toBe(before);
    await withClient(dbUrl, (c) => c.query("SELECT nextval('data_version')"));
    expect(await map.mapPointsJson(params, "fr")).toContain(renamed);
  });
});
