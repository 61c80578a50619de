import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { writeFiches } from "@/lib/corpus";
import { importFiches } from "@/lib/import/run";
import type * as PeersModule from "@/lib/page-data/peers";
import type { Peer } from "@/lib/page-data/peers";
import { freshDatabase, withClient } from "./test-db";

/**
 * Peers on a generated corpus: every French collectivité's peers equal the ones counted here in
 * plain code from the raw tables, with the same shared partners and (country, theme) pairs, the
 * same scores, in score order; the page keeps the ten best.
 */

const FICHES = 300;

let peers: typeof PeersModule;
let expected: Map<number, Peer[]>;

beforeAll(async () => {
  const { url } = await freshDatabase();
  const { files } = writeFiches(mkdtempSync(path.join(tmpdir(), "atlas-peers-")), "peers", FICHES);
  const summary = await importFiches(files, { databaseUrl: url });
  expect(summary.imported).toBeGreaterThan(FICHES * 0.95);
  process.env.DATABASE_URL = url;
  peers = await import("@/lib/page-data/peers");
  expected = await withClient(url, (client) => countPeers(client, peers.PARTNER_WEIGHT));
}, 600_000);

describe("peers on a generated corpus", () => {
  it("ranks and explains every French collectivité's peers as counted from the raw tables", async () => {
    for (const [id, want] of expected) {
      const got = await peers.collectivitePeers(id, 10_000);
      const scores = got.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(comparable(got)).toEqual(comparable(want));
    }
    // The corpus holds both kinds of tie, or the comparison proves little.
    const everyone = [...expected.values()].flat();
    expect(everyone.filter((p) => p.sharedPartners.length > 0).length).toBeGreaterThan(0);
    expect(everyone.filter((p) => p.sharedPartners.length === 0).length).toBeGreaterThan(0);
  });

  it("keeps the ten best, a shared partner weighing more than a shared country and theme", async () => {
    const [id, all] = [...expected].sort((a, b) => b[1].length - a[1].length)[0];
    expect(all.length).toBeGreaterThan(peers.PEERS_SHOWN);
    const top = await peers.collectivitePeers(id);
    expect(top.map((p) => p.score)).toEqual(
      all
        .map((p) => p.score)
        .sort((a, b) => b - a)
        .slice(0, peers.PEERS_SHOWN),
    );
    for (const p of top) expect(p.score).toBe(peers.PARTNER_WEIGHT * p.sharedPartners.length + p.sharedFields.length);
    expect(peers.PARTNER_WEIGHT).toBeGreaterThan(1);
  });
});

/** Order-free form: explanations as the page prints them, peers by id. */
function comparable(list: Peer[]) {
  return list
    .map((p) => ({
      ...p,
      sharedPartners: p.sharedPartners.map((s) => `${s.name} (${s.countryName})`).sort(),
      sharedFields: p.sharedFields.map((f) => `${f.countryName} · ${f.theme}`).sort(),
    }))
    .sort((a, b) => a.id - b.id);
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Every French collectivité's peers, counted in plain code from the raw rows: the definition, written a second way. */
async function countPeers(client: pg.Client, partnerWeight: number): Promise<Map<number, Peer[]>> {
  const { rows: partners } = await client.query(`
    SELECT pp.project_id, pp.role, c.id, c.slug, c.display_name AS name, c.country_code, coalesce(co.name_fr, c.country_code) AS country_name
    FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id LEFT JOIN country co ON co.code = nullif(c.country_code, '')`);
  const { rows: fields } = await client.query(`
    SELECT p.id AS project_id, cc AS country_code, coalesce(co.name_fr, cc) AS country_name, pt.theme_id, th.label AS theme
    FROM project p CROSS JOIN unnest(p.country_codes) cc JOIN project_thematic pt ON pt.project_id = p.id AND pt.is_primary
    JOIN thematic th ON th.id = pt.theme_id LEFT JOIN country co ON co.code = cc`);
  const partnersOf = groupBy(partners, (r) => r.project_id);
  const fieldsOf = groupBy(fields, (r) => r.project_id);
  const french = groupBy(
    partners.filter((r) => r.role === "french"),
    (r) => r.id,
  );
  const reach = (projects: number[]) => ({
    partners: new Map(
      projects.flatMap((p) => (partnersOf.get(p) ?? []).filter((r) => r.role === "foreign")).map((r) => [r.id, r]),
    ),
    fields: new Map(projects.flatMap((p) => fieldsOf.get(p) ?? []).map((f) => [`${f.country_code}|${f.theme_id}`, f])),
  });
  const result = new Map<number, Peer[]>();
  for (const [self, rows] of french) {
    const mine = new Set(rows.map((r) => r.project_id));
    const me = reach([...mine]);
    const found: Peer[] = [];
    for (const [other, theirRows] of french) {
      if (other === self) continue;
      const them = reach(theirRows.map((r) => r.project_id).filter((p) => !mine.has(p)));
      const sharedPartners = [...them.partners.values()]
        .filter((r) => me.partners.has(r.id))
        .map((r) => ({ slug: r.slug, name: r.name, countryCode: r.country_code, countryName: r.country_name }));
      const sharedFields = [...them.fields]
        .filter(([key]) => me.fields.has(key))
        .map(([, f]) => ({ countryCode: f.country_code, countryName: f.country_name, theme: f.theme }));
      if (!sharedPartners.length && !sharedFields.length) continue;
      const { slug, name } = theirRows[0];
      found.push({
        id: other,
        slug,
        name,
        score: partnerWeight * sharedPartners.length + sharedFields.length,
        sharedPartners,
        sharedFields,
      });
    }
    result.set(self, found);
  }
  return result;
}
