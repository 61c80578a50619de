import jsonld from "jsonld";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

type Node = Record<string, unknown>;
const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";

let response: Response;
let graph: Node[];
let facts: { modified: Date; first: number; last: number };

/** Refuses every remote context: the catalogue must expand offline, from its inline context. */
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`remote context fetched: ${url}`);
};

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  facts = await withClient(
    db.url,
    async (client) =>
      (
        await client.query(
          "SELECT max(updated_at) AS modified, min(start_year) AS first, max(start_year) AS last FROM project",
        )
      ).rows[0],
  );
  const route = await import("../../app/[locale]/catalog.jsonld/route");
  response = await route.GET(new NextRequest("http://atlas.test/catalog.jsonld"));
  // Flattened without a context: an array of nodes with full IRIs, each nested node by reference.
  // (@types/jsonld omits the null context, which jsonld documents for this.)
  const flattenWithoutContext = jsonld.flatten as unknown as (
    input: object,
    ctx: null,
    options: object,
  ) => Promise<Node[]>;
  graph = await flattenWithoutContext(await response.clone().json(), null, { documentLoader: offlineLoader });
}, 120_000);

const nodeOfType = (type: string) => graph.filter((node) => (node["@type"] as string[] | undefined)?.includes(type));
const ids = (node: Node, property: string) => ((node[property] ?? []) as { "@id": string }[]).map((v) => v["@id"]);
const value = (node: Node, property: string) => (node[property] as { "@value": string }[])[0]["@value"];
const byId = (id: string) => graph.find((node) => node["@id"] === id)!;

describe("GET /catalog.jsonld", () => {
  it("answers JSON-LD that expands to one DCAT catalogue with one dataset", async () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/ld\+json/);
    const expanded = await jsonld.expand(await response.clone().json(), { documentLoader: offlineLoader });
    expect(expanded).toHaveLength(1);
    expect(expanded[0]["@type"]).toEqual([`${DCAT}Catalog`]);
    expect(nodeOfType(`${DCAT}Dataset`)).toHaveLength(1);
  });

  it("names the data package, the CSV and JSON exports, IATI, the feed and the API as distributions, with absolute URLs", () => {
    const [dataset] = nodeOfType(`${DCAT}Dataset`);
    const distributions = ids(dataset, `${DCAT}distribution`).map(byId);
    const accessUrls = distributions.flatMap((d) => ids(d, `${DCAT}accessURL`));
    expect(accessUrls).toEqual(
      expect.arrayContaining([
        "http://atlas.test/donnees/atlas.zip",
        "http://atlas.test/api/projects/export?format=csv",
        "http://atlas.test/api/projects/export?format=json",
        "http://atlas.test/api/iati.xml",
        "http://atlas.test/projets/flux.atom",
        "http://atlas.test/api",
      ]),
    );
    const csv = distributions.find(
      (d) => ids(d, `${DCAT}downloadURL`)[0] === "http://atlas.test/api/projects/export?format=csv",
    )!;
    expect(ids(csv, `${DCAT}mediaType`)).toEqual(["https://www.iana.org/assignments/media-types/text/csv"]);
    expect(ids(csv, `${DCT}license`)).toEqual(["http://spdx.org/licenses/etalab-2.0"]);
  });

  it("describes the API as a DataService whose endpoint description is the OpenAPI document", () => {
    const [service] = nodeOfType(`${DCAT}DataService`);
    expect(ids(service, `${DCAT}endpointURL`)).toEqual(["http://atlas.test/api"]);
    expect(ids(service, `${DCAT}endpointDescription`)).toEqual(["http://atlas.test/api/openapi.json"]);
    const api = graph.find((node) => ids(node, `${DCAT}accessService`).includes(service["@id"] as string));
    expect(api?.["@type"]).toEqual([`${DCAT}Distribution`]);
  });

  it("dates the dataset from the last import and the projects' start years, and covers the partner countries", () => {
    const [dataset] = nodeOfType(`${DCAT}Dataset`);
    expect(new Date(value(dataset, `${DCT}modified`)).getTime()).toBe(new Date(facts.modified).getTime());
    const period = byId(ids(dataset, `${DCT}temporal`)[0]);
    expect(value(period, `${DCAT}startDate`)).toBe(`${facts.first}-01-01`);
    expect(value(period, `${DCAT}endDate`)).toBe(`${facts.last}-12-31`);
    const spatial = ids(dataset, `${DCT}spatial`);
    expect(spatial).toEqual(
      expect.arrayContaining([
        "http://publications.europa.eu/resource/authority/country/TUN",
        "http://publications.europa.eu/resource/authority/country/ITA",
      ]),
    );
    expect(ids(dataset, `${DCT}license`)).toEqual(["http://spdx.org/licenses/etalab-2.0"]);
    expect(ids(dataset, `${DCT}publisher`)).toHaveLength(1);
  });
});
