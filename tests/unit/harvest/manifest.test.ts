import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "@/lib/harvest/atomic-write";
import {
  isSettled,
  loadManifest,
  type ManifestEntry,
  manifestPath,
  removeStaleTemporaries,
  saveManifest,
} from "@/lib/harvest/manifest";

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), "atlas-manifest-"));
const entry = (id: number, kind: ManifestEntry["kind"], file: string | null = null): ManifestEntry => ({
  id,
  url: `http://x/${id}`,
  status: 200,
  fetchedAt: "2026-01-01T00:00:00.000Z",
  kind,
  file,
  etag: null,
  lastModified: null,
  sha256: null,
  charset: null,
  note: null,
});

describe("harvest manifest", () => {
  it("starts empty, saves entries ordered by id, and loads them back", () => {
    const dir = tempDir();
    const manifest = loadManifest(dir, "http://x");
    expect(manifest.entries).toEqual({});
    manifest.entries[10] = entry(10, "absent");
    manifest.entries[2] = entry(2, "projet", "2.html");
    saveManifest(dir, manifest);
    const again = loadManifest(dir, "http://x");
    expect(Object.keys(again.entries)).toEqual(["2", "10"]);
    expect(again.entries[2]).toEqual(entry(2, "projet", "2.html"));
    expect(readdirSync(dir)).toEqual(["manifest.json"]);
  });

  it("refuses a manifest it cannot read instead of starting over", () => {
    const dir = tempDir();
    writeFileSync(manifestPath(dir), '{"version":1,"entr');
    expect(() => loadManifest(dir, "http://x")).toThrow(/illisible/);
  });

  it("settles absent ids and project pages still on disk; errors and lost files are asked again", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "2.html"), "<html>");
    expect(isSettled(dir, entry(1, "absent"))).toBe(true);
    expect(isSettled(dir, entry(2, "projet", "2.html"))).toBe(true);
    expect(isSettled(dir, entry(3, "projet", "3.html"))).toBe(false);
    expect(isSettled(dir, entry(4, "erreur"))).toBe(false);
    expect(isSettled(dir, undefined)).toBe(false);
  });

  it("writes atomically through a hidden temporary file, and removes temporaries a killed run left", () => {
    const dir = tempDir();
    const file = path.join(dir, "7.html");
    writeFileAtomic(file, Buffer.from([0xe9, 0x74, 0xe9]));
    expect(readFileSync(file)).toEqual(Buffer.from([0xe9, 0x74, 0xe9]));
    expect(readdirSync(dir)).toEqual(["7.html"]);
    writeFileSync(path.join(dir, ".8.html.123.456.tmp"), "<html><body>Tit");
    expect(removeStaleTemporaries(dir)).toBe(1);
    expect(existsSync(path.join(dir, ".8.html.123.456.tmp"))).toBe(false);
    expect(readdirSync(dir)).toEqual(["7.html"]);
  });
});
