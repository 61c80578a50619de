import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

/**
 * One Prisma client per process (Next's dev server reloads modules, hence the global),
 * connected through the pg driver adapter as Prisma 7 requires.
 */
const globalForPrisma = globalThis as unknown as { atlasPrisma?: PrismaClient };

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export function prisma(): PrismaClient {
  if (!globalForPrisma.atlasPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL n'est pas défini : lancez l'atlas avec `npm start`.");
    globalForPrisma.atlasPrisma = createPrismaClient(url);
  }
  return globalForPrisma.atlasPrisma;
}
