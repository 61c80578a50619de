import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

type Route = { GET: (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response> };
let routes: Record<string, Route>;
let clermontSlug: string;
let romansSlug: string;

const get = (route: string, path: string, params: Record<string, string> = {}, headers: HeadersInit = {}) =>
  routes[route].GET(new NextRequest(`http://atlas.test${path}`, { headers }), { params: Promise.resolve(params) });

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  [clermontSlug, romansSlug] = await withClient(db.url, async (client) => {
    const slugOf = async (french: string) =>
      (
        await client.query(
          `SELECT p.slug FROM project p JOIN project_partner pp ON pp.project_id = p.id AND pp.role = 'french' AND pp.position = 0
       JOIN collectivite c ON c.id = pp.collectivite_id WHERE c.display_name ILIKE $1 ORDER BY p.id LIMIT 1`,
          [french],
        )
      ).rows[0].slug as string;
    return [await slugOf("%Clermont-Ferrand%"), await slugOf("%Romans%")];
  });
  routes = {
    project: await import("../../app/api/projects/[slug]/route"),
    collectivite: await import("../../app/api/collectivites/[slug]/route"),
    countries: await import("../../app/api/countries/route"),
    country: await import("../../app/api/countries/[code]/route"),
    thematics: await import("../../app/api/thematics/route"),
  } as unknown as Record<string, Route>;
});

describe("full records", () => {
  it("the Clermont-Ferrand project carries its 31 foreign partners and 29 funding rows, normalised", async () => {
    const response = await get("project", `/api/projects/${clermontSlug}`, { slug: clermontSlug });
    expect(response.status).toBe(200);
    const project = await response.json();
    expect(project.partners.foreign).toHaveLength(31);
    expect(project.funding).toHaveLength(29);
    expect(project.partners.french[0]).toMatchObject({
      id: expect.any(Number),
      slug: expect.any(String),
      placement: { precision: expect.any(String) },
    });
    expect(project.primaryThematic.path[0]).toBe("Economie durable");
    expect(project.countries.map((c: { code: string }) => c.code)).toContain("IT");
    expect(project.embassyPosts.length).toBeGreaterThan(0);
  });

  it("the Tunisian country record lists the Romans project", async () => {
    const country = await (await get("country", "/api/countries/tn", { code: "tn" })).json();
    expect(country.code).toBe("TN");
    expect(country.projects.map((p: { slug: string }) => p.slug)).toContain(romansSlug);
    const list = await (await get("countries", "/api/countries")).json();
    expect(list.items.find((c: { code: string }) => c.code === "TN").projectCount).toBeGreaterThan(0);
  });

  it("a collectivité gives its projects, and the thematic tree nests sub-themes under themes", async () => {
    const project = await (await get("project", `/api/projects/${clermontSlug}`, { slug: clermontSlug })).json();
    const lead = project.partners.french[0];
    const collectivite = await (
      await get("collectivite", `/api/collectivites/${lead.slug}`, { slug: lead.slug })
    ).json();
    expect(collectivite.projects.map((p: { slug: string }) => p.slug)).toContain(clermontSlug);
    const tree = await (await get("thematics", "/api/thematics")).json();
    const economy = tree.items.find((t: { label: string }) => t.label === "Economie durable");
    expect(economy.children.map((t: { label: string }) => t.label)).toContain(
      "Aménagement du territoire et transports",
    );
  });

  it("unknown or malformed names answer a 404 in the error shape", async () => {
    for (const [route, params] of [
      ["project", { slug: "nope" }],
      ["collectivite", { slug: "a%00b" }],
      ["country", { code: "ZZ" }],
      ["country", { code: "FRA" }],
    ] as const) {
      const response = await get(route, "/x", params);
      expect(response.status, JSON.stringify(params)).toBe(404);
      expect((await response.json()).error).toMatchObject({ code: "not_found", message: expect.any(String) });
    }
  });
});

describe("conditional requests", () => {
  it("an ETag from the data version, and a 304 when the client already holds it", async () => {
    const first = await get("thematics", "/api/thematics");
    const tag = first.headers.get("ETag");
    expect(tag).toMatch(/^W\/".+"$/);
    const again = await get("thematics", "/api/thematics", {}, { "If-None-Match": tag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await get("countries", "/api/countries", {}, { "If-None-Match": tag! });
    expect(other.status, "another resource has another tag").toBe(200);
  });

  it("an import changes the tag", async () => {
    const before = (await get("countries", "/api/countries")).headers.get("ETag");
    await withClient(process.env.DATABASE_URL!, (client) => client.query("SELECT nextval('data_version')"));
    const after = await get("countries", "/api/countries", {}, { "If-None-Match": before! });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(before);
  });
});
