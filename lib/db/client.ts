import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { timedQuery } from "../http/server-timing.mjs";

/**
 * One Prisma client per process (Next's dev server reloads modules, hence the global),
 * connected through the pg driver adapter as Prisma 7 requires.
 */
const globalForPrisma = globalThis as unknown as { atlasPrisma?: PrismaClient };

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

export function prisma(): PrismaClient {
  if (!globalForPrisma.atlasPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL n'est pas défini : lancez l'atlas avec `npm start`.");
    globalForPrisma.atlasPrisma = timedClient(url);
  }
  return globalForPrisma.atlasPrisma;
}
