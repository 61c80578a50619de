import { describe, expect, it } from "vitest";
import { ANNOUNCE_INTERVAL_MS, DataVersion } from "@/lib/import/run";

/** A connection that only counts the bumps, and a clock the test moves by hand. */
function setup() {
  const bumps: string[] = [];
  const client = { query: async (sql: string) => void bumps.push(sql) } as never;
  let now = 0;
  const version = new DataVersion(() => now);
  return { bumps, client, version, advance: (ms: number) => (now += ms) };
}

describe("DataVersion (the importer's announcements to the app)", () => {
  it("announces the first write at once, then at most once per interval however many fiches", async () => {
    const { bumps, client, version, advance } = setup();
    for (let i = 0; i < 2000; i++) await version.written(client);
    expect(bumps).toEqual(["SELECT nextval('data_version')"]);
    advance(ANNOUNCE_INTERVAL_MS);
    await version.written(client);
    expect(bumps).toHaveLength(2);
    for (let i = 0; i < 500; i++) await version.written(client);
    expect(bumps).toHaveLength(2);
  });

  it("announces what is left at the end, and nothing when everything was announced", async () => {
    const { bumps, client, version } = setup();
    await version.settle(client);
    expect(bumps).toHaveLength(0);
    await version.written(client);
    await version.settle(client);
    expect(bumps).toHaveLength(1);
    await version.written(client);
    await version.settle(client);
    expect(bumps).toHaveLength(2);
  });
});
