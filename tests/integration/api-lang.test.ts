import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { importPaths, SEEDS_DIR } from "./seeds";
import { freshDatabase } from "./test-db";
import { decodeMapPoints } from "../../lib/domain/map-points";

/** `?lang=` on the exports and the API: headers and labels in the language, anything else refused with 400. */

type Route = { GET: (request: NextRequest) => Promise<Response> };
let routes: Record<"projects" | "projectsExport" | "contactsExport" | "qualityExport", Route>;

const get = (route: keyof typeof routes, path: string) =>
  routes[route].GET(new NextRequest(`http://atlas.test${path}`));
const csvOf = async (response: Response) => parse(await response.text(), { bom: true }) as string[][];

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  routes = {
    projects: await import("../../app/api/projects/route"),
    projectsExport: await import("../../app/api/projects/export/route"),
    contactsExport: await import("../../app/api/contacts/export/route"),
    qualityExport: await import("../../app/api/quality/export/route"),
  } as unknown as typeof routes;
}, 120_000);

describe("?lang on the exports and the API", () => {
  it("gives a project's full record English labels with lang=en, French ones without", async () => {
    const { items } = await (await get("projects", "/api/projects?country=TN")).json();
    const slug = new URL(items[0].url).pathname.split("/").pop() as string;
    const record = await import("../../app/api/projects/[slug]/route");
    const read = (qs: string) =>
      record.GET(new NextRequest(`http://atlas.test/api/projects/${slug}${qs}`), { params: Promise.resolve({ slug }) });
    const fr = await (await read("")).json();
    const en = await (await read("?lang=en")).json();
    expect(fr).toMatchObject({
      status: "En cours",
      primaryThematic: {
        path: ["Economie durable", "Attractivité des territoires", "Pôles de compétitivité, clusters, filières"],
      },
    });
    expect(en).toMatchObject({
      status: "Ongoing",
      primaryThematic: {
        path: ["Sustainable economy", "Territorial attractiveness", "Competitiveness hubs, clusters, value chains"],
      },
    });
    expect(en.url).toBe(`http://atlas.test/en/projects/${slug}`);
    expect(en.countries).toEqual([{ code: "TN", name: "Tunisia" }]);
    expect(fr.funding.map((f: { funderKindLabel: string }) => f.funderKindLabel)).toContain(
      "Ministère de l'Europe et des Affaires étrangères",
    );
    expect(en.funding.map((f: { funderKindLabel: string }) => f.funderKindLabel)).toContain(
      "Ministry for Europe and Foreign Affairs",
    );
    expect(Object.keys(en)).toEqual(Object.keys(fr));
    expect((await read("?lang=xx")).status).toBe(400);
  });

  it("writes the projects CSV with French headers by default and English ones with lang=en", async () => {
    const [frHeader, ...frRows] = await csvOf(await get("projectsExport", "/api/projects/export?country=TN"));
    expect(frHeader.slice(0, 2)).toEqual(["Identifiant", "Titre"]);
    expect(frRows[0]).toEqual(expect.arrayContaining(["Tunisie", "Economie durable", "En cours"]));
    const [enHeader, ...enRows] = await csvOf(await get("projectsExport", "/api/projects/export?country=TN&lang=en"));
    expect(enHeader).toEqual(expect.arrayContaining(["ID", "Title", "Partner countries", "Thematic", "Status"]));
    expect(enRows[0]).toEqual(expect.arrayContaining(["Tunisia", "Sustainable economy", "Ongoing"]));
    expect(enRows[0].some((cell) => /^http:\/\/atlas\.test\/en\/projects\//.test(cell))).toBe(true);
  });

  it("gives the JSON API English labels, the same keys, an English query and a next link keeping lang", async () => {
    const fr = await (await get("projects", "/api/projects?country=TN")).json();
    const en = await (await get("projects", "/api/projects?country=TN&lang=en")).json();
    expect(Object.keys(en.items[0])).toEqual(Object.keys(fr.items[0]));
    expect(fr.items[0]).toMatchObject({ status: "En cours", thematic: "Economie durable", countries: ["Tunisie"] });
    expect(en.items[0]).toMatchObject({ status: "Ongoing", thematic: "Sustainable economy", countries: ["Tunisia"] });
    const found = await (await get("projects", "/api/projects?q=sustainable%20economy&lang=en")).json();
    expect(found.items.map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Pérennisation du Réseau International des Villes Michelin/)]),
    );
    const paged = await (await get("projects", "/api/projects?lang=en&pageSize=1")).json();
    expect(paged.next).toMatch(/[?&]lang=en(&|$)/);
  });

  it("writes contacts and quality CSV headers in English with lang=en", async () => {
    const [contacts] = await csvOf(await get("contactsExport", "/api/contacts/export?lang=en"));
    expect(contacts).toEqual(expect.arrayContaining(["Full name", "Email", "Country"]));
    const [frContacts] = await csvOf(await get("contactsExport", "/api/contacts/export"));
    expect(frContacts).toEqual(expect.arrayContaining(["Nom complet", "Courriel", "Pays"]));
    const [quality] = await csvOf(await get("qualityExport", "/api/quality/export?list=placements&lang=en"));
    expect(quality).toEqual(["item", "address", "country", "local authorities", "finding", "fix"]);
  });

  it("reads the map's and the network's text query in English with lang=en", async () => {
    const map = await import("../../app/api/map/route");
    const network = await import("../../app/api/network/route");
    const countries = async (qs: string) =>
      (await (await map.GET(new NextRequest(`http://atlas.test/api/map?${qs}`))).json()).cc as string[];
    expect(await countries("q=sustainable%20economy")).toEqual([]);
    expect(await countries("q=sustainable%20economy&lang=en")).toEqual(expect.arrayContaining(["TN", "DE"]));
    const links = async (qs: string) =>
      (await (await network.GET(new NextRequest(`http://atlas.test/api/network?${qs}`))).json()).n.length;
    expect(await links("q=sustainable%20economy")).toBe(0);
    expect(await links("q=sustainable%20economy&lang=en")).toBeGreaterThan(0);
    expect((await map.GET(new NextRequest("http://atlas.test/api/map?lang=es"))).status).toBe(400);
  });

  it("names the map's countries, and a popup's, in lang", async () => {
    const map = await import("../../app/api/map/route");
    const place = await import("../../app/api/map/places/[id]/route");
    const places = async (lang: string) =>
      decodeMapPoints(await (await map.GET(new NextRequest(`http://atlas.test/api/map?country=TN${lang}`))).json())
        .places;
    const [french, english] = [await places(""), await places("&lang=en")];
    const tunisian = english.find((p) => p.countryCode === "TN")!;
    expect(tunisian.countryName).toBe("Tunisia");
    expect(french.find((p) => p.id === tunisian.id)?.countryName).toBe("Tunisie");
    expect(english.map((p) => p.id)).toEqual(french.map((p) => p.id));
    const popup = async (lang: string) =>
      (await (
        await place.GET(new NextRequest(`http://atlas.test/api/map/places/${tunisian.id}?country=TN${lang}`), {
          params: Promise.resolve({ id: String(tunisian.id) }),
        })
      ).json()) as { countryName: string; projects: unknown[] };
    expect((await popup("&lang=en")).countryName).toBe("Tunisia");
    expect((await popup("")).countryName).toBe("Tunisie");
    expect((await popup("")).projects.length).toBeGreaterThan(0);
  });

  it("refuses an unknown or repeated lang with 400, never 500", async () => {
    for (const [route, path] of [
      ["projects", "/api/projects?lang=de"],
      ["projectsExport", "/api/projects/export?lang=EN"],
      ["contactsExport", "/api/contacts/export?lang=%00"],
      ["qualityExport", "/api/quality/export?list=placements&lang="],
      ["projects", "/api/projects?lang=en&lang=fr"],
    ] as const) {
      const response = await get(route, path);
      expect(response.status, path).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
  });
});
