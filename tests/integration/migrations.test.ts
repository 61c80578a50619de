import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate, MigrationChecksumError } from "../../lib/db/migrate";
import { createPrismaClient } from "../../lib/db/client";
import { freshDatabase, withClient } from "./test-db";

async function tableCounts(url: string) {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) {
      counts[table_name] = Number((await c.query(`SELECT count(*) FROM "${table_name}"`)).rows[0].count);
    }
    return counts;
  });
}

describe("migrations", () => {
  it("apply to an empty database, and a second run changes nothing", async () => {
    const db = await freshDatabase({ migrated: false });
    const first = await migrate(db.url);
    expect(first.applied.length).toBeGreaterThan(0);
    const before = await tableCounts(db.url);
    expect(Object.keys(before)).toContain("project");
    expect(before._prisma_migrations).toBe(first.applied.length);
    const second = await migrate(db.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(first.applied);
    expect(await tableCounts(db.url)).toEqual(before);
  });

  it("records migrations the way Prisma does", async () => {
    const db = await freshDatabase();
    const rows = await withClient(db.url, (c) => c.query("SELECT * FROM _prisma_migrations").then((r) => r.rows));
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].finished_at).toBeInstanceOf(Date);
    expect(rows[0].applied_steps_count).toBe(1);
    expect(rows[0].rolled_back_at).toBeNull();
  });

  it("refuses a migration changed after it was applied", async () => {
    const db = await freshDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-migrations-"));
    cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
    const [first] = (await import("node:fs"))
      .readdirSync(dir)
      .filter((n) => !n.endsWith(".toml"))
      .sort();
    appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    await expect(migrate(db.url, dir)).rejects.toThrow(MigrationChecksumError);
    await expect(migrate(db.url, dir)).rejects.toThrow(/modifiée après avoir été appliquée/);
  });

  it("gives a French full-text configuration that ignores accents and stems", async () => {
    const db = await freshDatabase();
    const matches = await withClient(db.url, (c) =>
      c.query(
        "SELECT to_tsvector('atlas_fr', 'Coopération à Montréal') @@ plainto_tsquery('atlas_fr', 'cooperations montreal') AS ok",
      ),
    );
    expect(matches.rows[0].ok).toBe(true);
  });

  it("lets every Prisma model be written and read", async () => {
    const db = await freshDatabase();
    const prisma = createPrismaClient(db.url);
    try {
      await prisma.country.create({ data: { code: "IT", nameFr: "Italie" } });
      const theme = await prisma.thematic.create({
        data: { level: 1, label: "Economie durable", path: "Economie durable", pathKey: "economie durable" },
      });
      await prisma.sdg.create({ data: { goal: 11, label: "Villes et communautés durables" } });
      const project = await prisma.project.create({
        data: {
          slug: "p",
          identityKey: "k",
          title: "Projet",
          format: "text",
          sourceFile: "f.txt",
          rawSource: "Titre\nProjet",
          checksum: "c",
          thematicId: theme.id,
        },
      });
      await prisma.projectThematic.create({
        data: { projectId: project.id, position: 0, thematicId: theme.id, themeId: theme.id, isPrimary: true },
      });
      await prisma.projectSdg.create({ data: { projectId: project.id, goal: 11, priority: 1, position: 0 } });
      const cuneo = await prisma.collectivite.create({
        data: {
          slug: "cuneo-it",
          nameKey: "cuneo",
          countryCode: "IT",
          displayName: "Cuneo",
          side: "foreign",
          lat: 44.39,
          lon: 7.55,
          precision: "exact",
        },
      });
      await prisma.projectPartner.create({
        data: { projectId: project.id, collectiviteId: cuneo.id, role: "foreign", position: 0, nameAsWritten: "Cuneo" },
      });
      await prisma.partnerContact.create({
        data: {
          projectId: project.id,
          collectiviteId: cuneo.id,
          partnerName: "Cuneo",
          lastName: "Arnaudo",
          position: 0,
        },
      });
      const post = await prisma.embassyPost.create({
        data: {
          name: "Ambassade de France à Rome",
          nameKey: "ambassade de france a rome",
          slug: "rome",
          countryCode: "IT",
        },
      });
      await prisma.projectEmbassyPost.create({ data: { projectId: project.id, postId: post.id, position: 0 } });
      await prisma.embassyContact.create({
        data: { postId: post.id, projectId: project.id, role: "correspondent", name: "Bruno AUBERT", ficheYear: 2021 },
      });
      const funder = await prisma.funder.create({ data: { nameKey: "meae", name: "MEAE", kind: "meae" } });
      await prisma.funding.create({
        data: {
          projectId: project.id,
          funderId: funder.id,
          funderKind: "meae",
          amountEur: 3000,
          year: 2021,
          position: 0,
        },
      });
      await prisma.document.create({
        data: { projectId: project.id, title: "Convention", sizeKb: 120.5, position: 0 },
      });
      await prisma.volunteer.create({ data: { projectId: project.id, lastName: "DUPONT", position: 0 } });

      const read = await prisma.project.findUniqueOrThrow({
        where: { slug: "p" },
        include: {
          thematics: true,
          sdgs: true,
          partners: true,
          partnerContacts: true,
          embassyPosts: true,
          embassyContacts: true,
          funding: true,
          documents: true,
          volunteers: true,
        },
      });
      expect(read.partners).toHaveLength(1);
      expect(read.funding[0].amountEur?.toNumber()).toBe(3000);
      expect(read.documents[0].sizeKb?.toNumber()).toBe(120.5);
      expect(read.embassyContacts[0].name).toBe("Bruno AUBERT");
      expect(read.sdgs[0].goal).toBe(11);
      expect(read.volunteers[0].lastName).toBe("DUPONT");
      expect(await prisma.country.count()).toBe(1);
      const searchable = await prisma.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM project WHERE search @@ plainto_tsquery('atlas_fr', 'projets')`;
      expect(Number(searchable[0].n)).toBe(1);
    } finally {
      await prisma.$disconnect();
    }
  });
});
