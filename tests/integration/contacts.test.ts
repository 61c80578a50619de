import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import vCard from "vcf";
import { beforeAll, describe, expect, it } from "vitest";
import type * as Contacts from "../../lib/page-data/contacts";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

let contacts: typeof Contacts;
let exportRoute: typeof import("../../app/api/contacts/export/route");
let vcardRoute: typeof import("../../app/api/contacts/vcard/[key]/route");
let dbUrl: string;

const sql = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
  withClient(dbUrl, (c) => c.query(text, values).then((r) => r.rows as T[]));
const posts = (q?: string, country: string[] = []) => contacts.findEmbassyPosts({ q, country });
const post = async (name: string, q?: string) => (await posts(q)).find((p) => p.name === name);

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  dbUrl = db.url;
  // lib/search reads DATABASE_URL on first use, as the app does.
  process.env.DATABASE_URL = db.url;
  contacts = await import("../../lib/page-data/contacts");
  exportRoute = await import("../../app/api/contacts/export/route");
  vcardRoute = await import("../../app/api/contacts/vcard/[key]/route");
});

describe("embassy posts", () => {
  it("finds Sarah VAILLANT as correspondent of the Ottawa post, as of her fiche's year", async () => {
    const found = await posts("Vaillant");
    expect(found.map((p) => p.name)).toEqual(["Ambassade de France à Ottawa"]);
    const { current, earlier } = found[0].roles.correspondent;
    expect(current).toMatchObject({
      name: "Sarah VAILLANT",
      email: "sarah.vaillant@diplomatie.gouv.fr",
      ficheYear: 2022,
    });
    expect(earlier).toEqual([]);
    expect(found[0].roles.counsellor.current?.name).toBe("Stéphane CATTA");
  });

  it("tolerates typos and ignores accents and case", async () => {
    for (const q of ["Vailant", "vaillant", "VAILLANT", "sarah vaillant"]) {
      expect(
        (await posts(q)).map((p) => p.name),
        q,
      ).toContain("Ambassade de France à Ottawa");
    }
    expect((await posts("stephane catta")).map((p) => p.name)).toEqual(["Ambassade de France à Ottawa"]);
    expect((await posts("Tunisie")).map((p) => p.name)).toEqual(["AMBASSADE DE FRANCE A TUNIS"]);
  });

  it("gives the directory's cards the posts and contacts of the full read, for any query", async () => {
    // The directory (projectLimit 0) takes every post's card from a per-import cache and only
    // matches post ids; the full read (post page, exports) ranks the matching posts' rows in SQL.
    const queries = [
      {},
      { q: "Vaillant" },
      { q: "Vailant" },
      { q: "correspondant" },
      { q: "Tunisie" },
      { q: "clermont" },
      { country: ["IT"] },
      { q: "aubert", country: ["IT"] },
      { vacant: true },
      { q: "xyzzy" },
    ];
    const sizes: number[] = [];
    for (const raw of queries) {
      const query = { country: [] as string[], ...raw };
      const strip = (list: Awaited<ReturnType<typeof contacts.findEmbassyPosts>>) =>
        list.map(({ projects: _, ...post }) => post);
      const cards = await contacts.findEmbassyPosts(query, { projectLimit: 0 });
      expect(strip(cards), JSON.stringify(raw)).toEqual(strip(await contacts.findEmbassyPosts(query)));
      sizes.push(cards.length);
    }
    expect(sizes[0]).toBe(6);
    expect(sizes[1]).toBe(1);
    expect(sizes.at(-1)).toBe(0);
  });

  it("shows posts without contacts as vacant rather than hiding them", async () => {
    const all = await posts();
    expect(all).toHaveLength(6);
    for (const name of [
      "Ambassade de France à Tokyo",
      "Ambassade de France à Madrid",
      "Ambassade de France à New-Delhi",
    ]) {
      const vacant = all.find((p) => p.name === name);
      expect(vacant, name).toBeDefined();
      expect(vacant!.roles.correspondent.current).toBeNull();
      expect(vacant!.roles.counsellor.current).toBeNull();
      expect(vacant!.projects).toHaveLength(1);
    }
  });

  it("gives Rome's Bruno AUBERT as both correspondent and counsellor, and filters by country", async () => {
    const rome = await posts(undefined, ["IT"]);
    expect(rome.map((p) => p.name)).toEqual(["Ambassade de France à Rome"]);
    expect(rome[0].roles.correspondent.current?.name).toBe("Bruno AUBERT");
    expect(rome[0].roles.counsellor.current?.name).toBe("Bruno AUBERT");
  });
});

describe("partner contacts", () => {
  it("groups them by country and collectivité, with their projects", async () => {
    const { total, items } = await contacts.findPartnerContacts({ country: [] });
    const [{ n }] = await sql<{ n: number }>("SELECT count(*)::int AS n FROM partner_contact");
    expect(total).toBe(n);
    const monica = items.find((c) => c.lastName === "Arnaudo");
    expect(monica).toMatchObject({
      firstName: "Monica",
      partnerName: "Cuneo",
      countryCode: "IT",
      collectiviteSlug: "cuneo-it",
    });
    expect(monica!.projects[0].title).toMatch(/^Pérennisation du Réseau International des Villes Michelin/);
    // Ordered by country (accents ignored: États-Unis among the E), then collectivité: the page groups consecutive rows.
    const runs = items.map((c) => c.countryName).filter((name, i, all) => i === 0 || name !== all[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs.indexOf("États-Unis d'Amérique")).toBe(runs.indexOf("Espagne") + 1);
  });

  it("matches a collectivité, a country, a French collectivité of the project, or a misspelt name", async () => {
    expect((await contacts.findPartnerContacts({ q: "cuneo", country: [] })).items.map((c) => c.lastName)).toEqual([
      "Arnaudo",
    ]);
    expect((await contacts.findPartnerContacts({ q: "Tunisie", country: [] })).items.map((c) => c.lastName)).toEqual([
      "AKROUT",
    ]);
    expect((await contacts.findPartnerContacts({ q: "Arnaudoo", country: [] })).items.map((c) => c.lastName)).toEqual([
      "Arnaudo",
    ]);
    expect((await contacts.findPartnerContacts({ q: "Clermond", country: [] })).total).toBeGreaterThan(20);
  });

  it("reads typos from five letters: a four-letter word is not any word sharing its first three", async () => {
    const charged = (await contacts.findPartnerContacts({ q: "chargé", country: [] })).items;
    expect(charged.length).toBeGreaterThan(0);
    // "chat" and "chargé" share three of the four-letter word's five trigrams: similar enough for pg_trgm.
    const chat = (await contacts.findPartnerContacts({ q: "chat", country: [] })).items;
    expect(chat.filter((c) => charged.some((x) => x.id === c.id))).toEqual([]);
  });

  it("reads 'Ville de'/'Commune de' and articles as no word of their own", async () => {
    for (const q of ["Ville de Cuneo", "commune de la cuneo", "Mairie de Cuneo"]) {
      expect(
        (await contacts.findPartnerContacts({ q, country: [] })).items.map((c) => c.lastName),
        q,
      ).toEqual(["Arnaudo"]);
    }
    // Alone, such a word is still a word: "ville" finds the collectivités that hold it.
    expect((await contacts.findPartnerContacts({ q: "ville", country: [] })).total).toBeGreaterThan(0);
  });

  it("lists at most the projects asked for, and always counts them all", async () => {
    const all = await contacts.findEmbassyPosts({ country: [] });
    const none = await contacts.findEmbassyPosts({ country: [] }, { projectLimit: 0 });
    expect(all.some((p) => p.projects.length > 0)).toBe(true);
    for (const post of all) {
      expect(post.projectCount).toBe(post.projects.length);
      const counted = none.find((p) => p.id === post.id)!;
      expect(counted.projectCount).toBe(post.projectCount);
      expect(counted.projects).toEqual([]);
    }
  });

  it("returns an empty result, never an error, for garbage queries", async () => {
    for (const q of [
      "%",
      "_",
      "\\",
      "'; DROP TABLE project; --",
      "\u0000zz",
      "<script>",
      "é".repeat(200),
      "a b c d e f g h i j",
    ]) {
      const [p, c] = await Promise.all([posts(q), contacts.findPartnerContacts({ q, country: [] })]);
      expect(Array.isArray(p) && Array.isArray(c.items), q).toBe(true);
    }
    expect(await posts("%")).toEqual([]);
    expect(await contacts.findContactPerson({ kind: "embassy", id: 2_147_483_647 })).toBeNull();
    expect(await contacts.findContactPerson({ kind: "partner", id: 2_147_483_647 })).toBeNull();
  });
});

describe("exports", () => {
  it("the CSV has one row per contact", async () => {
    const response = await exportRoute.GET(new NextRequest("http://atlas.test/api/contacts/export?format=csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows: Record<string, string>[] = parse(await response.text(), { bom: true, columns: true });
    // Every partner contact row of the seeds is a different person; each current embassy
    // contact is one person per post (Bruno AUBERT holds both roles at Rome: one row).
    const [{ partners }] = await sql<{ partners: number }>("SELECT count(*)::int AS partners FROM partner_contact");
    const [{ embassy }] = await sql<{ embassy: number }>(
      "SELECT count(DISTINCT (post_id, lower(name)))::int AS embassy FROM embassy_contact",
    );
    expect(rows).toHaveLength(partners + embassy);
    expect(rows.filter((r) => r["Nom complet"] === "Bruno AUBERT")).toHaveLength(1);
    const emails = rows.map((r) => r.Courriel).filter(Boolean);
    expect(new Set(emails).size).toBe(emails.length);
    const sarah = rows.find((r) => r["Nom complet"] === "Sarah VAILLANT")!;
    expect(sarah).toMatchObject({ Organisation: "Ambassade de France à Ottawa", Pays: "Canada", "À jour de": "2022" });
  });

  it("the CSV and vCard exports follow the directory's filters", async () => {
    const csv = await exportRoute.GET(new NextRequest("http://atlas.test/api/contacts/export?format=csv&q=Vaillant"));
    const rows: Record<string, string>[] = parse(await csv.text(), { bom: true, columns: true });
    expect(rows.map((r) => r["Nom complet"]).sort()).toEqual(["Sarah VAILLANT", "Stéphane CATTA"]);
    const vcf = await exportRoute.GET(new NextRequest("http://atlas.test/api/contacts/export?format=vcf&country=IT"));
    expect(vcf.headers.get("content-type")).toMatch(/^text\/vcard/);
    const cards = vCard.parse(await vcf.text());
    expect(cards.map((c) => c.get("fn")!.valueOf()).sort()).toEqual(["Bruno AUBERT", "Monica Arnaudo"]);
    const bad = await exportRoute.GET(new NextRequest("http://atlas.test/api/contacts/export?format=xls"));
    expect(bad.status).toBe(400);
  });

  it("serves one person's vCard, and 404 for an unknown key", async () => {
    const [{ id }] = await sql<{ id: number }>("SELECT id FROM embassy_contact WHERE name = 'Sarah VAILLANT'");
    const response = await vcardRoute.GET(new NextRequest(`http://atlas.test/api/contacts/vcard/embassy-${id}`), {
      params: Promise.resolve({ key: `embassy-${id}` }),
    });
    expect(response.status).toBe(200);
    const [card] = vCard.parse(await response.text());
    expect(card.get("fn")!.valueOf()).toBe("Sarah VAILLANT");
    expect(card.get("email")!.valueOf()).toBe("sarah.vaillant@diplomatie.gouv.fr");
    for (const key of [
      "embassy-999999",
      "nobody",
      "partner-1e3",
      "",
      "embassy-0",
      "partner-99999999999",
      "partner-2147483648",
      "../etc",
      "embassy-12-3",
    ]) {
      const missing = await vcardRoute.GET(new NextRequest("http://atlas.test/x"), {
        params: Promise.resolve({ key }),
      });
      expect(missing.status, key).toBe(404);
    }
  });
});

describe("newest fiche first", () => {
  it("takes the contact of the newest fiche as current and keeps the others as earlier", async () => {
    const [ottawa] = await sql<{ id: number; project_id: number }>(
      "SELECT p.id, pep.project_id FROM embassy_post p JOIN project_embassy_post pep ON pep.post_id = p.id WHERE p.name = 'Ambassade de France à Ottawa'",
    );
    const [tokyo] = await sql<{ id: number; project_id: number }>(
      "SELECT p.id, pep.project_id FROM embassy_post p JOIN project_embassy_post pep ON pep.post_id = p.id WHERE p.name = 'Ambassade de France à Tokyo'",
    );
    await sql(
      `INSERT INTO embassy_contact (post_id, project_id, role, name, email, fiche_year) VALUES
      ($1, $2, 'correspondent', 'Jean ANCIEN', 'jean.ancien@diplomatie.gouv.fr', 2015),
      ($1, $2, 'correspondent', 'Sarah VAILLANT', 'sarah.vaillant@diplomatie.gouv.fr', 2019),
      ($3, $4, 'counsellor', 'Léa NOUVELLE', NULL, 2024)`,
      [ottawa.id, ottawa.project_id, tokyo.id, tokyo.project_id],
    );
    await sql("SELECT nextval('data_version')"); // as an import does: word-less selections are kept per data version

    const o = (await post("Ambassade de France à Ottawa"))!;
    expect(o.roles.correspondent.current).toMatchObject({ name: "Sarah VAILLANT", ficheYear: 2022 });
    expect(o.roles.correspondent.earlier.map((c) => [c.name, c.ficheYear])).toEqual([["Jean ANCIEN", 2015]]);
    const t = (await post("Ambassade de France à Tokyo"))!;
    expect(t.roles.counsellor.current).toMatchObject({ name: "Léa NOUVELLE", ficheYear: 2024 });
    expect(t.roles.correspondent.current).toBeNull();
    expect((await post("Ambassade de France à Ottawa", "ancien"))?.name).toBe("Ambassade de France à Ottawa");
  });
});
