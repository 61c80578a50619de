import { beforeAll, describe, expect, it } from "vitest";
import type * as CollectiviteModule from "@/lib/page-data/collectivite";
import type * as PeersModule from "@/lib/page-data/peers";
import { freshDatabase, withClient } from "./test-db";
import { importPaths, SEEDS_DIR } from "./seeds";

/** The « Réseau » section's reads on the seeds (the generated corpus: peers-corpus.test.ts). */

let peers: typeof PeersModule;
let collectivite: typeof CollectiviteModule;
let idOf: (name: string) => Promise<number>;

beforeAll(async () => {
  const { url } = await freshDatabase();
  await importPaths([SEEDS_DIR], { databaseUrl: url });
  idOf = (name) =>
    withClient(
      url,
      async (client) => (await client.query("SELECT id FROM collectivite WHERE display_name = $1", [name])).rows[0].id,
    );
  process.env.DATABASE_URL = url;
  peers = await import("@/lib/page-data/peers");
  collectivite = await import("@/lib/page-data/collectivite");
});

describe("the network section on the seeds", () => {
  it("lists Clermont-Ferrand's 31 direct partners with their shared projects, most shared first", async () => {
    const direct = peers.directPartners(await collectivite.collectivitePartners(await idOf("Clermont-Ferrand")));
    expect(direct).toHaveLength(31);
    const shared = direct.map((p) => p.sharedProjects);
    expect(shared.every((n) => n >= 1)).toBe(true);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    expect(direct.find((p) => p.name === "Cuneo")).toMatchObject({
      role: "foreign",
      countryCode: "IT",
      countryName: "Italie",
      sharedProjects: 1,
    });
  });

  it("gives a foreign collectivité no peers: it is never a French partner of a project", async () => {
    expect(await peers.collectivitePeers(await idOf("Cuneo"))).toEqual([]);
  });

  it("finds no peer for Clermont-Ferrand: no other French collectivité shares a partner, or a country and a theme, with it", async () => {
    expect(await peers.collectivitePeers(await idOf("Clermont-Ferrand"))).toEqual([]);
  });
});
