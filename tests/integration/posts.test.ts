import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type * as Contacts from "../../lib/page-data/contacts";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

/** Issues 14 (directory defects) and 19 (post pages), on the seeds. */
let contacts: typeof Contacts;
let exportRoute: typeof import("../../app/api/contacts/export/route");
let dbUrl: string;

const sql = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) =>
  withClient(dbUrl, (c) => c.query(text, values).then((r) => r.rows as T[]));
const postNames = async (q?: string, vacant = false) =>
  (await contacts.findEmbassyPosts({ q, country: [], vacant })).map((p) => p.name).sort();

beforeAll(async () => {
  const db = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  dbUrl = db.url;
  process.env.DATABASE_URL = db.url;
  contacts = await import("../../lib/page-data/contacts");
  exportRoute = await import("../../app/api/contacts/export/route");
});

describe("the directory's vacant-posts filter (14.2)", () => {
  it("lists the posts with a role no fiche fills, and only them", async () => {
    expect(await postNames(undefined, true)).toEqual([
      "Ambassade de France à Madrid",
      "Ambassade de France à New-Delhi",
      "Ambassade de France à Tokyo",
    ]);
    expect(await postNames("Tokyo", true)).toEqual(["Ambassade de France à Tokyo"]);
    expect(await postNames("Rome", true)).toEqual([]);
  });
});

describe("searching the directory by function (14.3)", () => {
  it("finds the posts whose people hold that role, whatever the accents, case and number", async () => {
    const withCorrespondent = [
      "AMBASSADE DE FRANCE A TUNIS",
      "Ambassade de France à Ottawa",
      "Ambassade de France à Rome",
    ];
    for (const q of ["correspondant", "Correspondants", "CORRESPONDANTE"])
      expect(await postNames(q), q).toEqual(withCorrespondent);
    for (const q of ["conseiller", "conseillère", "Conseillers", "COCAC"])
      expect(await postNames(q), q).toEqual(withCorrespondent);
    expect(await postNames("correspondant Tunis")).toEqual(["AMBASSADE DE FRANCE A TUNIS"]);
  });
});

describe("exporting an empty selection (14.4)", () => {
  it("answers with a French message, not an empty file", async () => {
    for (const qs of ["format=vcf&q=zzzzzzzz", "format=csv&q=zzzzzzzz", "format=vcf&vacants=1&q=Tokyo"]) {
      const response = await exportRoute.GET(new NextRequest(`http://atlas.test/api/contacts/export?${qs}`));
      expect(response.status, qs).toBe(404);
      expect(response.headers.get("content-type")).toContain("text/plain");
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(await response.text()).toMatch(/^Aucun contact à exporter/);
    }
    const some = await exportRoute.GET(new NextRequest("http://atlas.test/api/contacts/export?format=vcf&q=Vaillant"));
    expect(some.status).toBe(200);
    expect(await some.text()).toContain("FN:Sarah VAILLANT");
  });
});

describe("a contact's year in the future (14.5)", () => {
  it("is shown as the fiche's year, flagged, and listed by impossibleContactYears()", async () => {
    const { contactYearLabel } = await import("../../lib/domain/contacts");
    const { impossibleContactYears } = await import("../../lib/page-data/contact-years");
    const thisYear = new Date().getFullYear();
    const [{ fiche_year: before }] = await sql<{ fiche_year: number }>(
      "SELECT fiche_year FROM embassy_contact WHERE name = 'Valéry FRELAND'",
    );
    expect(await impossibleContactYears()).toEqual([]);
    await sql("UPDATE embassy_contact SET fiche_year = $1 WHERE name = 'Valéry FRELAND'", [thisYear + 2]);
    try {
      const [tunis] = await contacts.findEmbassyPosts({ q: "Freland", country: [] });
      const counsellor = tunis.roles.counsellor.current!;
      expect(counsellor.importYear).toBe(thisYear);
      expect(contactYearLabel(counsellor)).toBe(
        `fiche datée de ${thisYear + 2}, année impossible (importée en ${thisYear})`,
      );
      expect(contactYearLabel(tunis.roles.correspondent.current!)).toBe(`à jour de ${before}`);
      expect(await impossibleContactYears()).toEqual([
        expect.objectContaining({
          name: "Valéry FRELAND",
          role: "counsellor",
          post: "AMBASSADE DE FRANCE A TUNIS",
          ficheYear: thisYear + 2,
          importYear: thisYear,
        }),
      ]);
    } finally {
      await sql("UPDATE embassy_contact SET fiche_year = $1 WHERE name = 'Valéry FRELAND'", [before]);
    }
  });
});

describe("the posts' pages (19)", () => {
  const tunisSlug = async () =>
    (await sql<{ slug: string }>("SELECT slug FROM embassy_post WHERE name = 'AMBASSADE DE FRANCE A TUNIS'"))[0].slug;

  it("lists every post with its current holders, vacant roles and project count", async () => {
    const { listPosts } = await import("../../lib/page-data/posts");
    const posts = await listPosts();
    expect(posts).toHaveLength(6);
    const tokyo = posts.find((p) => p.name === "Ambassade de France à Tokyo")!;
    expect([tokyo.roles.correspondent.current, tokyo.roles.counsellor.current]).toEqual([null, null]);
    expect(tokyo).toMatchObject({ countryCode: "JP", projectCount: 1, projects: [] });
  });

  it("gives the Tunis post's dashboard: its correspondent from seed 002, the Romans project, Tunisia's collectivités and funding", async () => {
    const { postDashboard } = await import("../../lib/page-data/posts");
    const data = (await postDashboard(await tunisSlug()))!;
    expect(data.post.countryCode).toBe("TN");
    expect(data.post.roles.correspondent.current).toMatchObject({
      name: "Pierre-Yves SONALET",
      email: "pierre-yves.sonalet@diplomatie.gouv.fr",
    });
    expect(data.post.projects.map((p) => p.title)).toEqual([expect.stringContaining("Romans")]);
    expect(data.french.map((c) => c.name).join(" ")).toMatch(/Romans/);
    expect(data.foreign.length).toBeGreaterThan(0);
    expect(data.funding.length).toBeGreaterThan(0);
    expect(await postDashboard("no-such-post")).toBeNull();
  });

  it("gives one vCard file of the post's current contacts, and a French 404 when there are none", async () => {
    const route = await import("../../app/api/posts/[slug]/vcard/route");
    const get = async (slug: string) =>
      route.GET(new NextRequest(`http://atlas.test/api/posts/${slug}/vcard`), { params: Promise.resolve({ slug }) });
    const tunis = await get(await tunisSlug());
    expect(tunis.status).toBe(200);
    expect(tunis.headers.get("content-type")).toContain("text/vcard");
    const text = await tunis.text();
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(text).toContain("FN:Pierre-Yves SONALET");
    expect(text).toContain("FN:Valéry FRELAND");
    const [{ slug: tokyo }] = await sql<{ slug: string }>(
      "SELECT slug FROM embassy_post WHERE name = 'Ambassade de France à Tokyo'",
    );
    const empty = await get(tokyo);
    expect(empty.status).toBe(404);
    expect(await empty.text()).toMatch(/^Aucun contact à exporter/);
    expect((await get("nope")).status).toBe(404);
  });
});
