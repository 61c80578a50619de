import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Manifest } from "../../lib/harvest/manifest";
import { harvest } from "../../lib/harvest/run";
import {
  type AtlasSite,
  DISALLOWED_ID,
  MISSING_404,
  OFFSITE_ID,
  PROJECT_IDS,
  RANGE,
  REDIRECTED_ID,
  startAtlasSite,
} from "./atlas-site-server";
import { freshDatabase, withClient } from "./test-db";

/**
 * `npm run harvest` against a local stand-in for the official Atlas (nothing leaves 127.0.0.1):
 * it brings exactly the project pages, as served, survives being killed in the middle, completes
 * on the next run without asking again for what it has, refreshes with conditional requests, and
 * imports what it brought.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const RANGE_IDS = Array.from({ length: RANGE.to - RANGE.from + 1 }, (_, i) => RANGE.from + i);
const HARVESTED = PROJECT_IDS; // the disallowed id is outside this list
const TIMEOUT = 180_000;

let site: AtlasSite;
beforeAll(async () => {
  site = await startAtlasSite();
});
afterAll(() => site?.close());

function harvestProcess(
  args: string[],
  env: Record<string, string> = {},
): ChildProcess & { output: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  // One process (node --import tsx), so that killing it kills the harvest itself.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/harvest.ts", "--base-url", site.baseUrl, ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const output = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return Object.assign(child, { output });
}

async function harvestJson(args: string[], env?: Record<string, string>) {
  const { code, stdout, stderr } = await harvestProcess([...args, "--json"], env).output;
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "null");
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
const savedIds = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith(".html"))
    .map((n) => Number(n.replace(".html", "")))
    .sort((a, b) => a - b);
const resetCounts = () => site.requests.clear();

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 120_000) throw new Error(`waited too long for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("npm run harvest", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-harvest-"));
  const range = ["--from", String(RANGE.from), "--to", String(RANGE.to), "--out", dir, "--timeout", "1000"];

  it("survives a kill in the middle, then completes without asking again for what it has", {
    timeout: TIMEOUT,
  }, async () => {
    const first = harvestProcess([...range, "--delay", "150"]);
    await waitFor(
      () => existsSync(path.join(dir, "manifest.json")) && Object.keys(readManifest(dir).entries).length >= 12,
      "12 ids in the manifest",
    );
    first.kill("SIGKILL");
    await first.output;

    // What the kill left is whole: the manifest reads, every page in it is on disk as served, no temporaries show.
    const afterKill = readManifest(dir);
    const settledIds = Object.values(afterKill.entries).map((e) => e.id);
    expect(settledIds.length).toBeLessThan(RANGE_IDS.length - 1);
    for (const id of savedIds(dir))
      expect(readFileSync(path.join(dir, `${id}.html`)), `${id}.html`).toEqual(site.page(id).bytes);
    resetCounts();

    const summary = await harvestJson([...range, "--delay", "0"]);
    const askedAgain = [...site.requests.keys()].filter((id) => settledIds.includes(id));
    expect(askedAgain).toEqual([]);
    const expectedAsked = RANGE_IDS.filter((id) => !settledIds.includes(id) && id !== DISALLOWED_ID);
    expect([...site.requests.keys()].sort((a, b) => a - b)).toEqual(expectedAsked);
    expect(summary).toMatchObject({
      total: 40,
      found: HARVESTED.length,
      absent: 40 - HARVESTED.length - 1,
      errors: 0,
      disallowed: 1,
      stopped: null,
    });
  });

  it("brought exactly the project pages, bytes as served, and a manifest of every id", () => {
    expect(savedIds(dir)).toEqual(HARVESTED);
    for (const id of HARVESTED)
      expect(readFileSync(path.join(dir, `${id}.html`)), `${id}.html`).toEqual(site.page(id).bytes);
    const entries = readManifest(dir).entries;
    expect(
      Object.keys(entries)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(RANGE_IDS.filter((id) => id !== DISALLOWED_ID));
    for (const id of HARVESTED) {
      expect(entries[id]).toMatchObject({
        kind: "projet",
        status: 200,
        file: `${id}.html`,
        etag: `"p${id}-v1"`,
        lastModified: "Mon, 02 Feb 2026 10:00:00 GMT",
      });
      expect(entries[id].charset).toBe(site.page(id).contentType.split("charset=")[1]);
      expect(entries[id].sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(entries[id].url).toContain(`detailProjet.html?criteres.prjId=${id}`);
    }
    expect(new Set(HARVESTED.map((id) => entries[id].charset))).toEqual(new Set(["UTF-8", "ISO-8859-1"]));
    for (const id of RANGE_IDS.filter((i) => !HARVESTED.includes(i) && i !== DISALLOWED_ID)) {
      const status = MISSING_404.has(id) ? 404 : id === OFFSITE_ID ? 301 : 200;
      expect(entries[id], String(id)).toMatchObject({ kind: "absent", file: null, status });
      expect(entries[id].note).toMatch(/^pas une page de projet/);
    }
    expect(site.requests.get(DISALLOWED_ID)).toBeUndefined();
    expect(entries[REDIRECTED_ID].status).toBe(200);
    expect(site.offsiteRequests).toBe(0);
    expect(entries[OFFSITE_ID].note).toMatch(/redirection hors du site refusée \(localhost:\d+\)/);
  });

  it("a third run asks for nothing; --refresh asks again conditionally and keeps what did not change", {
    timeout: TIMEOUT,
  }, async () => {
    resetCounts();
    const idle = await harvestJson([...range, "--delay", "0"]);
    expect(site.requests.size).toBe(0);
    expect(idle).toMatchObject({ requests: 0, skipped: 39, found: HARVESTED.length });

    const refreshed = await harvestJson([...range, "--delay", "0", "--refresh"]);
    expect(refreshed).toMatchObject({
      found: HARVESTED.length,
      saved: 0,
      unchanged: HARVESTED.length,
      changed: 0,
      errors: 0,
    });
    for (const id of HARVESTED) expect(site.lastHeaders.get(id)?.["if-none-match"], String(id)).toBe(`"p${id}-v1"`);
    expect(site.lastHeaders.get(2)?.["if-none-match"]).toBeUndefined();
    expect(site.lastHeaders.get(3)?.["user-agent"]).toMatch(/^AtlasCooperationDecentralisee-harvest\/.+\(\+https:\/\//);
  });

  it("--import imports every page it brought", { timeout: TIMEOUT }, async () => {
    const db = await freshDatabase();
    const fresh = mkdtempSync(path.join(os.tmpdir(), "atlas-harvest-import-"));
    const summary = await harvestJson(
      ["--from", "1", "--to", "40", "--out", fresh, "--delay", "0", "--timeout", "1000", "--import"],
      { DATABASE_URL: db.url },
    );
    expect(summary.import).toMatchObject({ imported: HARVESTED.length, rejected: [] });
    const titles = await withClient(db.url, (c) =>
      c.query<{ title: string }>("SELECT title FROM project ORDER BY title"),
    );
    expect(titles.rows.length).toBe(HARVESTED.length);
    for (const id of HARVESTED)
      expect(
        titles.rows.some((r) => r.title.endsWith(`(Atlas n° ${id})`)),
        String(id),
      ).toBe(true);
  });

  it("stops with a clear French message after consecutive failures, each retried a bounded number of times", {
    timeout: TIMEOUT,
  }, async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "atlas-harvest-down-"));
    const retries: string[] = [];
    const baseUrl = site.baseUrl.replace("/cncdext", "/panne");
    const summary = await harvest({
      ids: [1, 2, 3, 4, 5, 6],
      outDir: out,
      baseUrl,
      delayMs: 0,
      refresh: false,
      timeoutMs: 1000,
      maxConsecutiveFailures: 3,
      backoff: { baseMs: 1, maxMs: 4, maxRetryAfterMs: 4, maxAttempts: 3 },
      log: (line) => retries.push(line),
    });
    expect(summary).toMatchObject({ done: 3, errors: 3, requests: 3, found: 0 });
    expect(summary.stopped).toMatch(
      /^Récolte arrêtée après 3 échecs consécutifs \(dernier : identifiant 3, HTTP 500 après 3 tentatives\)/,
    );
    expect(retries.filter((l) => l.startsWith("HTTP 500 : nouvelle tentative")).length).toBe(6);
    expect(Object.values(readManifest(out).entries).map((e) => e.kind)).toEqual(["erreur", "erreur", "erreur"]);
    expect(savedIds(out)).toEqual([]);
  });
});
