import { defineConfig } from "prisma/config";

// Prisma 7 reads its connection from here, not from schema.prisma. The CLI's engine cannot be
// downloaded on our machines, so we only use `prisma generate` (see scripts/prisma-generate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/atlas" },
});
