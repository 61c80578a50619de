import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { readdirSync } from "node:fs";
import { DATA_CACHE_CONTROL } from "../../lib/http/entity-tag.mjs";
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
  await importPaths(FICHES.slice(1), { databaseUrl: db.url }); // the first fiche comes later
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

describe("caching tied to the data version and the build", () => {
  it.each(["/projets", "/api/projects", "/api/network"])(
    "%s: shared caches keep it a minute, and a held copy gets a 304",
    async (route) => {
      const [first, second] = await Promise.all(servers.map((server) => fetch(server.url + route)));
      expect(first.status).toBe(200);
      expect(first.headers.get("cache-control")).toBe(
        route === "/api/network" ? "public, max-age=300, stale-while-revalidate=3600" : DATA_CACHE_CONTROL,
      );
      const tag = first.headers.get("etag");
      expect(tag).toMatch(/^W\/"[\w-]+"$/);
      // Same build, same data: every server names the resource alike, so a CDN can ask any of them.
      expect(second.headers.get("etag")).toBe(tag);
      const again = await fetch(servers[1].url + route, { headers: { "If-None-Match": tag ?? "" } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(tag);
      // A page's policy names the nonce of the copy the client holds: a 304 must not replace it.
      expect(again.headers.get("content-security-policy")).toBeNull();
    },
  );

  it("tags no error page", async () => {
    const response = await fetch(`${servers[0].url}/projets/pas-de-tel-projet`);
    expect(response.status).toBe(404);
    expect(response.headers.get("etag")).toBeNull();
  });
});

describe("an import, seen by every server", () => {
  it("shows the new fiche on both servers on their next request, under new tags", async () => {
    const tagsBefore = await Promise.all(
      servers.map(async (server) => (await fetch(`${server.url}/api/projects`)).headers.get("etag")),
    );
    const summary = await importPaths(FICHES.slice(0, 1), { databaseUrl: db.url });
    expect(summary.imported).toBe(1);
    const slug = await withClient(
      db.url,
      async (client) => (await client.query("SELECT slug FROM project ORDER BY id DESC LIMIT 1")).rows[0].slug,
    );
    for (const [i, server] of servers.entries()) {
      const api = await fetch(`${server.url}/api/projects/${slug}`);
      expect(api.status, server.url).toBe(200);
      expect((await fetch(`${server.url}/projets/${slug}`)).status, server.url).toBe(200);
      const list = await fetch(`${server.url}/api/projects`, { headers: { "If-None-Match": tagsBefore[i] ?? "" } });
      expect(list.status, "the tag held from before the import is stale").toBe(200);
      expect(list.headers.get("etag")).not.toBe(tagsBefore[i]);
    }
  });
});
