import { beforeAll, describe, expect, it } from "vitest";
import type * as Country from "../../lib/page-data/country";
import type * as Contacts from "../../lib/page-data/contacts";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

/**
 * The country page's reads and the word-less contact selections depend only on the data: they
 * are computed once per data version, and a new version (an import) is seen at once.
 */
let country: typeof Country;
let contacts: typeof Contacts;
let dbUrl: string;
let code: string;

const bumpDataVersion = () => withClient(dbUrl, (c) => c.query("SELECT nextval('data_version')"));

beforeAll(async () => {
  const db = await freshDatabase();
  dbUrl = db.url;
  process.env.DATABASE_URL = db.url;
  country = await import("../../lib/page-data/country");
  contacts = await import("../../lib/page-data/contacts");
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  code = await withClient(dbUrl, (c) =>
    c
      .query(`SELECT c.country_code AS code FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
             WHERE pp.role = 'foreign' AND c.country_code <> '' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`)
      .then((r) => r.rows[0].code as string),
  );
});

describe("country page data, per data version", () => {
  it("serves the same partners until the data version changes, then reads the new data", async () => {
    const first = await country.countryPartners(code);
    expect(first.length).toBeGreaterThan(0);
    expect(await country.countryPartners(code)).toBe(first);

    const renamed = "Collectivité renommée pour le test";
    await withClient(dbUrl, (c) =>
      c.query("UPDATE collectivite SET display_name = $1 WHERE id = $2", [renamed, first[0].id]),
    );
    expect((await country.countryPartners(code)).map((p) => p.name)).not.toContain(renamed); // same version: cached
    await bumpDataVersion();
    const after = await country.countryPartners(code);
    expect(after).not.toBe(first);
    expect(after.map((p) => p.name)).toContain(renamed);
  });

  it("caches each read of the page per country and arguments", async () => {
    const reads = [
      () => country.countryProjects(code, 20),
      () => country.countryFrenchCollectivites(code),
      () => country.countryFunding(code),
      () => country.countryThematics(code),
    ];
    for (const read of reads) expect(await read()).toBe(await read());
    expect(await country.countryProjects(code, 1)).not.toBe(await country.countryProjects(code, 20));
  });

  it("caches contact selections without words, not searches", async () => {
    const posts = await contacts.findEmbassyPosts({ country: [code] }, { projectLimit: 3 });
    expect(await contacts.findEmbassyPosts({ country: [code] }, { projectLimit: 3 })).toBe(posts);
    // Every page is a slice of the same cached selection: its rows are the very same objects.
    const partners = await contacts.findPartnerContacts({ country: [code] }, 10);
    expect(partners.items.length).toBeGreaterThan(1);
    expect((await contacts.findPartnerContacts({ country: [code] }, 10)).items[0]).toBe(partners.items[0]);
    const second = await contacts.findPartnerContacts({ country: [code] }, 1, 1);
    expect(second.total).toBe(partners.total);
    expect(second.items).toEqual([partners.items[1]]);
    expect(second.items[0]).toBe(partners.items[1]);
    const searched = await contacts.findPartnerContacts({ q: "a", country: [code] }, 10);
    expect(await contacts.findPartnerContacts({ q: "a", country: [code] }, 10)).not.toBe(searched);
  });
});
