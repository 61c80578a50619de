import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "./atomic-write";

/**
 * DIR/manifest.json: what the harvest knows of every id it asked for, so a later run resumes
 * where this one stopped and can ask the site "changed since?" (ETag, Last-Modified). Rewritten
 * whole and atomically after each page, so a killed run leaves the last complete version.
 */

export const MANIFEST_NAME = "manifest.json";
const MANIFEST_VERSION = 1;

/** What an id turned out to be. */
export type EntryKind = "projet" | "absent" | "erreur";

export interface ManifestEntry {
  id: number;
  url: string;
  /** HTTP status of the last answer (after redirects); null when none came (network error). */
  status: number | null;
  fetchedAt: string;
  kind: EntryKind;
  /** File name in DIR of a project page, saved as served. */
  file: string | null;
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the saved bytes (hex). */
  sha256: string | null;
  /** The charset the response's Content-Type declared, as written there; null when none. */
  charset: string | null;
  /** Why an id is not a project page ("pas une page de projet : …") or why it failed. */
  note: string | null;
}

export interface Manifest {
  version: number;
  baseUrl: string;
  updatedAt: string;
  entries: Record<string, ManifestEntry>;
}

export function manifestPath(dir: string): string {
  return path.join(dir, MANIFEST_NAME);
}

/** The manifest of DIR, or an empty one. A manifest that cannot be read is an error, not a reset. */
export function loadManifest(dir: string, baseUrl: string): Manifest {
  const file = manifestPath(dir);
  if (!existsSync(file))
    return { version: MANIFEST_VERSION, baseUrl, updatedAt: new Date().toISOString(), entries: {} };
  let parsed: Manifest;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  } catch (error) {
    throw new Error(`${file} est illisible (${(error as Error).message}) : déplacez-le pour repartir de zéro`);
  }
  if (parsed.version !== MANIFEST_VERSION || typeof parsed.entries !== "object" || parsed.entries === null) {
    throw new Error(`${file} n'est pas un manifeste de récolte (version ${MANIFEST_VERSION} attendue)`);
  }
  return parsed;
}

export function saveManifest(dir: string, manifest: Manifest): void {
  manifest.updatedAt = new Date().toISOString();
  const ordered = Object.values(manifest.entries).sort((a, b) => a.id - b.id);
  const entries = Object.fromEntries(ordered.map((e) => [String(e.id), e]));
  writeFileAtomic(manifestPath(dir), `${JSON.stringify({ ...manifest, entries }, null, 1)}\n`);
}

/**
 * Whether a run without --refresh can skip an id: its answer is known for good (a project page
 * still on disk, or an id without a project). Errors are asked again.
 */
export function isSettled(dir: string, entry: ManifestEntry | undefined): boolean {
  if (!entry) return false;
  if (entry.kind === "absent") return true;
  return entry.kind === "projet" && entry.file !== null && existsSync(path.join(dir, entry.file));
}

/** Removes temporary files a killed run left behind (see writeFileAtomic). */
export function removeStaleTemporaries(dir: string): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (name.startsWith(".") && name.endsWith(".tmp")) {
      rmSync(path.join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
