import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";
import type * as QualityModule from "../../lib/page-data/quality";
import type * as ListsModule from "../../lib/page-data/quality-lists";

let quality: typeof QualityModule;
let lists: typeof ListsModule;
let dbUrl: string;
const CLERMONT = /^Pérennisation du Réseau International des Villes Michelin/;
const STRASBOURG = /^Repenser la ville en transition avec les citoyens/;
/** The "finding" column of the CSV export: each row's finding worded in `locale`. */
const findings = async (rows: QualityModule.QualityRow[], locale: "fr" | "en" = "fr") =>
  (await lists.qualityCsvRows(rows, "", locale)).map((cells) => cells[4]);
const scopeOf = (qs: string) => lists.resolveQualityScope((name) => new URLSearchParams(qs).get(name));

beforeAll(async () => {
  const db = await freshDatabase();
  dbUrl = db.url;
  await importPaths([SEEDS_DIR], { databaseUrl: db.url });
  process.env.DATABASE_URL = db.url;
  quality = await import("../../lib/page-data/quality");
  lists = await import("../../lib/page-data/quality-lists");
});

describe("data quality on the seeds", () => {
  it("lists the Clermont-Ferrand and Strasbourg titles as cut at the limit, not Romans's", async () => {
    const rows = await quality.cutTitles({});
    expect(rows.map((r) => r.label)).toEqual([expect.stringMatching(STRASBOURG), expect.stringMatching(CLERMONT)]);
    expect(await findings(rows)).toEqual(["249 caractères", "248 caractères"]);
    expect(await findings(rows, "en")).toEqual(["249 characters", "248 characters"]);
    expect(rows[0].href).toMatch(/^\/projets\//);
  });

  it("lists both as « En cours » past their end dates", async () => {
    const rows = await quality.overdueProjects({});
    expect(await findings(rows)).toEqual(["En cours, fin prévue le 31/12/2021", "En cours, fin prévue le 31/12/2023"]);
    expect(await findings(rows, "en")).toEqual([
      "Ongoing, planned to end on 31 December 2021",
      "Ongoing, planned to end on 31 December 2023",
    ]);
    expect(rows[1].label).toMatch(STRASBOURG);
    expect(rows[0].label).toMatch(CLERMONT);
    expect(rows[0].collectivites).toContain("Clermont-Ferrand");
    expect(rows[0].collectivites).toContain("Cuneo");
  });

  it("scopes every list by country and by collectivité", async () => {
    expect(await quality.overdueProjects((await scopeOf("country=IT")).scope)).toHaveLength(1);
    expect(await quality.overdueProjects((await scopeOf("country=TN")).scope)).toEqual([]);
    const strasbourg = await scopeOf("collectivite=strasbourg");
    expect(strasbourg.collectivite?.name).toBe("Strasbourg");
    expect((await quality.cutTitles(strasbourg.scope)).map((r) => r.label)).toEqual([
      expect.stringMatching(STRASBOURG),
    ]);
    const nobody = await scopeOf("collectivite=zzzzqqqq");
    expect(nobody.collectivite).toBeNull();
    expect(await quality.cutTitles(nobody.scope)).toEqual([]);
  });

  it("scopes by embassy post: the projects that name it, and their partners", async () => {
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      const { rows: posts } = await client.query<{ id: number; slug: string }>(
        "SELECT id, slug FROM embassy_post ORDER BY id",
      );
      let postsWithCutTitles = 0;
      for (const post of posts) {
        const { rows } = await client.query<{ slug: string }>(
          `SELECT p.slug FROM project p JOIN project_embassy_post x ON x.project_id = p.id
           WHERE x.post_id = $1 AND char_length(p.title) >= $2 ORDER BY p.slug`,
          [post.id, quality.TITLE_CUT_FROM],
        );
        const scoped = await quality.cutTitles((await scopeOf(`post=${post.slug}`)).scope);
        expect(scoped.map((r) => r.href).sort(), post.slug).toEqual(rows.map((r) => `/projets/${r.slug}`));
        if (rows.length) postsWithCutTitles++;
      }
      expect(postsWithCutTitles).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
    expect(await quality.cutTitles((await scopeOf("post=no-such-post")).scope)).toEqual([]);
  });

  it("counts a collectivité's items over every list: Strasbourg's cut title and overdue project", async () => {
    const strasbourg = await scopeOf("collectivite=strasbourg");
    expect(await lists.qualityItemCount({ collectiviteId: strasbourg.collectivite!.id })).toBe(2);
  });

  it("lists the Rosemont borough as placed on its city, with the override line to complete", async () => {
    const rows = await quality.approximatePlacements({});
    const rosemont = rows.find((r) => /Rosemont/.test(r.label));
    expect(await findings([rosemont!])).toEqual(["Ville de rattachement"]);
    expect(await findings([rosemont!], "en")).toEqual(["Parent city"]);
    expect(rosemont?.projects).toBe(1);
    const line = JSON.parse(rosemont!.fix!);
    expect(line).toMatchObject({ name: rosemont!.label, country: "CA" });
    expect(line.lat).toBeCloseTo(45.5, 0);
  });

  it("counts the other lists on the untouched seeds", async () => {
    const counts = Object.fromEntries(
      await Promise.all(lists.QUALITY_LISTS.map(async (l) => [l.key, (await l.read({})).length])),
    );
    expect(counts).toEqual({
      "en-cours-echus": 2,
      "titres-coupes": 2,
      "sans-financement": 0,
      "sans-contacts": 0,
      placements: 2,
      courriels: 0,
      doublons: 0,
      avertissements: 0,
    });
  });

  it("finds malformed and obfuscated e-mails, import warnings, and a duplicate with the same partners, thematic and a close title", async () => {
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      await client.query(
        `UPDATE partner_contact SET email = 'jean [at] cuneo.it' WHERE id = (SELECT min(id) FROM partner_contact)`,
      );
      await client.query(
        `UPDATE project SET parse_warnings = '["romans.txt: ligne de financement illisible"]' WHERE title LIKE 'Projet d''action%'`,
      );
      await client.query(
        `UPDATE embassy_contact SET email = 'consul@@tunis' WHERE id = (SELECT min(id) FROM embassy_contact)`,
      );
      await client.query(`
        WITH src AS (SELECT * FROM project WHERE title LIKE 'Projet d''action internationale de Romans%'),
        copy AS (
          INSERT INTO project (slug, identity_key, title, thematic_id, format, source_file, raw_source, checksum, status)
          SELECT slug || '-bis', identity_key || '-bis', title || ' (copie)', thematic_id, format, source_file, raw_source, checksum, status FROM src
          RETURNING id)
        INSERT INTO project_partner (project_id, collectivite_id, role, position, name_as_written)
        SELECT copy.id, pp.collectivite_id, pp.role, pp.position, pp.name_as_written FROM copy, src JOIN project_partner pp ON pp.project_id = src.id`);
    } finally {
      await client.end();
    }
    const emails = await quality.badEmails({});
    const emailFindings = await findings(emails);
    expect(emailFindings.map((text) => text.split(" : ")[0]).sort()).toEqual(["Mal formée", "Obfusquée"]);
    expect(emailFindings.find((text) => text.startsWith("Obfusquée"))).toContain("« jean [at] cuneo.it »");
    const duplicates = await quality.duplicateProjects({});
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0].label).toBe("Projet d'action internationale de Romans et de ses villes partenaires");
    expect(duplicates[0].fix).toMatch(/-bis$/);
    expect(await findings(await quality.importWarnings({}))).toEqual(["romans.txt: ligne de financement illisible"]);
    // The copy has no funding rows nor contacts.
    expect((await quality.projectsWithoutFunding({})).map((r) => r.href)).toEqual([duplicates[0].fix]);
    expect((await quality.projectsWithoutContacts({})).map((r) => r.href)).toEqual([duplicates[0].fix]);
  });

  it("exports a list as CSV rows with absolute links", async () => {
    const rows = await lists.qualityCsvRows(await quality.cutTitles({}), "https://atlas.example", "fr");
    expect(rows[0][1]).toMatch(/^https:\/\/atlas\.example\/projets\//);
    expect(lists.QUALITY_CSV_HEADERS.fr).toHaveLength(rows[0].length);
  });
});
