import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { readdirSync } from "node:fs";
import { hasBuild, nextBuild, nextStart } from "../../scripts/support/app-server";
import { SEEDS_DIR, importPaths } from "./seeds";
import { freshDatabase, withClient } from "./test-db";

/**
 * The built atlas as it is deployed: two servers (scripts/serve.mjs) on one database. Needs a
 * build (`nextBuild`, reused while the sources are unchanged), hence the long timeouts.
 */
const BUILD_TIMEOUT = 600_000;
const PORTS = [Number(process.env.ATLAS_E2E_PORT ?? 3100), Number(process.env.PORT ?? 3101)];
const FICHES = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => path.join(SEEDS_DIR, f));

let db: { url: string };
let servers: Awaited<ReturnType<typeof nextStart>>[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  await importPaths(FICHES.slice(0, -1), { databaseUrl: db.url });
  if (!hasBuild()) await nextBuild();
  servers = await Promise.all(PORTS.map((port) => nextStart(db.url, port)));
}, BUILD_TIMEOUT);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

/** `db;dur=1.2;desc="…", render;dur=…, total;dur=…` as { db: 1.2, … }. */
function serverTiming(header: string | null): Record<string, number> {
  const entries = (header ?? "").split(",").map((entry) => entry.trim().split(";"));
  return Object.fromEntries(
    entries.map(([name, ...params]) => [name, Number(params.find((p) => p.startsWith("dur="))?.slice(4))]),
  );
}

describe("Server-Timing", () => {
  it.each(["/projets", "/api/projects"])("splits %s's time into database and rendering", async (route) => {
    const response = await fetch(servers[0].url + route);
    expect(response.status).toBe(200);
    const timing = serverTiming(response.headers.get("server-timing"));
    expect(Object.keys(timing).sort()).toEqual(["db", "render", "total"]);
    for (const value of Object.values(timing)) expect(Number.isFinite(value) && value >= 0).toBe(true);
    // Both pages read the database, and the parts add up to the whole (to the printed rounding).
    expect(timing.db).toBeGreaterThan(0);
    expect(Math.abs(timing.db + timing.render - timing.total)).toBeLessThanOrEqual(0.11);
  });
});
