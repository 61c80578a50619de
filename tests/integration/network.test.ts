import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import { parseSearchParams } from "../../lib/search/params";
import { decodeNetwork } from "../../lib/domain/network-format";
import type * as NetworkModule from "../../lib/page-data/network";

let network: typeof NetworkModule;
let route: { GET(request: NextRequest): Promise<Response> };
const graphFor = async (qs: string) =>
  decodeNetwork(JSON.parse(await network.networkJson(parseSearchParams(new URLSearchParams(qs)))));
const nameOf = (nodes: { name: string }[], i: number) => nodes[i].name;

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  network = await import("../../lib/page-data/network");
  route = await import("../../app/api/network/route");
});

describe("the network on the seeds", () => {
  it("has the 36 collectivités of the three projects and one link per French–foreign pair", async () => {
    const { nodes, edges } = await graphFor("");
    expect(nodes).toHaveLength(36);
    expect(
      nodes
        .filter((n) => n.side === "french")
        .map((n) => n.name)
        .sort(),
    ).toEqual(["Clermont-Ferrand", "Romans sur Isère", "Strasbourg"]);
    const linksOf = (name: string) =>
      edges.filter((e) => nameOf(nodes, e.source) === name || nameOf(nodes, e.target) === name);
    expect(linksOf("Clermont-Ferrand")).toHaveLength(31);
    expect(linksOf("Strasbourg")).toHaveLength(1);
    expect(linksOf("Romans sur Isère")).toHaveLength(1);
    expect(edges).toHaveLength(33);
    expect(edges.every((e) => e.weight === 1 && e.source < e.target)).toBe(true);
    // The Rosemont borough is its own node, not Montréal's.
    const [strasbourgLink] = linksOf("Strasbourg");
    const partner =
      nodes[nameOf(nodes, strasbourgLink.source) === "Strasbourg" ? strasbourgLink.target : strasbourgLink.source];
    expect(partner.name).toMatch(/Rosemont/);
  });

  it("counts each collectivité's projects and keeps its place", async () => {
    const { nodes } = await graphFor("");
    const cuneo = nodes.find((n) => n.name === "Cuneo")!;
    expect(cuneo).toMatchObject({ side: "foreign", countryCode: "IT", projects: 1 });
    expect(cuneo.lat).toBeCloseTo(44.4, 0);
  });

  it("keeps Romans sur Isère and El Jem, linked once, with ?country=TN", async () => {
    const { nodes, edges } = await graphFor("country=TN");
    expect(nodes.map((n) => n.name).sort()).toEqual(["El Jem", "Romans sur Isère"]);
    expect(edges).toEqual([{ source: 0, target: 1, weight: 1 }]);
  });

  it("lists the strongest links with their shared projects", async () => {
    const links = await network.strongestLinks(parseSearchParams(new URLSearchParams("country=TN")), 10);
    expect(links).toHaveLength(1);
    expect(links[0].source.name).toBe("Romans sur Isère");
    expect(links[0].target.name).toBe("El Jem");
    expect(links[0].projects.map((p) => p.title)).toEqual([
      "Projet d'action internationale de Romans et de ses villes partenaires",
    ]);
  });

  it("cuts the strongest links at the limit without changing their order (strength, then names)", async () => {
    const all = await network.strongestLinks(parseSearchParams(new URLSearchParams()), 100);
    expect(all).toHaveLength(33);
    expect(all.every((link) => link.projects.length === 1)).toBe(true);
    const names = all.map((link) => `${link.source.name} – ${link.target.name}`);
    expect(names[0]).toMatch(/^Clermont-Ferrand – /);
    expect(await network.strongestLinks(parseSearchParams(new URLSearchParams()), 5)).toEqual(all.slice(0, 5));
  });

  it("answers an empty network when nothing matches", async () => {
    expect(await graphFor("q=zzzzqqqq")).toEqual({ nodes: [], edges: [] });
  });
});

describe("GET /api/network", () => {
  it("sends the page's network as JSON, whole or filtered", async () => {
    for (const query of ["", "country=TN"]) {
      const response = await route.GET(new NextRequest(`http://atlas.test/api/network?${query}`));
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.text()).toBe(await network.networkJson(parseSearchParams(new URLSearchParams(query))));
    }
  });
});
