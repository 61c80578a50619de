import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "../generated/prisma/client";
import { timedQuery } from "../http/server-timing.mjs";

/**
 * The clients of the process (Next's dev server reloads modules, hence the global), connected
 * through the pg driver adapter as Prisma 7 requires: the primary (DATABASE_URL) and, when
 * DATABASE_REPLICA_URLS names some, read replicas through Prisma's read-replicas extension.
 */
interface Clients {
  primary: PrismaClient;
  read: () => PrismaClient;
}
const globalForPrisma = globalThis as unknown as { atlasClients?: Clients };

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

/**
 * A client whose every query (model operations and raw SQL) counts in the request's
 * Server-Timing `db` entry (lib/http/server-timing.mjs). The extension only wraps queries, so
 * the client keeps PrismaClient's shape.
 */
function timedClient(connectionString: string): PrismaClient {
  const extended = createPrismaClient(connectionString).$extends({
    query: { $allOperations: ({ args, query }) => timedQuery(() => query(args)) },
  });
  return extended as unknown as PrismaClient;
}

/** DATABASE_REPLICA_URLS: comma-separated connection strings, blanks ignored. */
export function replicaUrls(env: Record<string, string | undefined> = process.env): string[] {
  return (env.DATABASE_REPLICA_URLS ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

function openClients(): Clients {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL n'est pas défini : lancez l'atlas avec `npm start`.");
  const primary = timedClient(url);
  const replicas = replicaUrls().map(timedClient);
  if (replicas.length === 0) return { primary, read: () => primary };
  // The extension sends model reads to a replica but raw SQL to the primary, not knowing whether
  // it writes; nearly every read of the atlas is raw SQL, and the web app never writes, so reads
  // ask the extension for a replica outright ($replica(), one at random per call).
  const routed = primary.$extends(readReplicas({ replicas: replicas as never[] }));
  return { primary, read: () => routed.$replica() as unknown as PrismaClient };
}

function clients(): Clients {
  globalForPrisma.atlasClients ??= openClients();
  return globalForPrisma.atlasClients;
}

/** For the web app's reads: a replica when there are some, else the primary. */
export function prisma(): PrismaClient {
  return clients().read();
}

/**
 * The primary, for writes and for what must be current: the data version, which names what every
 * server serves (entity tags, in-memory caches), is read here and never lags an import.
 */
export function primaryPrisma(): PrismaClient {
  return clients().primary;
}
