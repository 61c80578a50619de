import { describe, expect, it } from "vitest";
import { freshDatabase, withClient } from "./test-db";
import { importPaths } from "./seeds";
import { BODIES, fichesNamingBodiesTwoWays, frenchCollectivites } from "./french-spellings";

/**
 * One French body named differently by different fiches is one collectivité, found by its
 * official code: both spellings stay on the projects' partner rows, the most frequent is shown.
 */
describe("French collectivités named several ways", () => {
  it("are one collectivité per official code, with every project and spelling, shown under the most frequent spelling", async () => {
    const db = await freshDatabase();
    const summary = await importPaths([fichesNamingBodiesTwoWays()], { databaseUrl: db.url, concurrency: 2 });
    expect(summary).toMatchObject({ imported: BODIES.length * 3 });
    const rows = await withClient(db.url, frenchCollectivites);
    expect(rows.map((r) => [r.kind, r.official_code])).toEqual(
      BODIES.map((b) => [b.kind, b.code]).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    for (const body of BODIES) {
      const row = rows.find((r) => r.official_code === body.code)!;
      expect(row).toMatchObject({
        name_key: `${body.kind}:${body.code}`,
        display_name: body.usual,
        projects: 3,
        facet_projects: 3,
      });
      expect(row.spellings).toEqual([body.rare, body.usual].sort());
      // Named after the official name, whichever spelling was written first.
      expect(row.slug).toBe(body.slug);
    }
  }, 180_000);
});
