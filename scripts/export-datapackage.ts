/**
 * npm run export:datapackage -- DIR: writes the atlas's Frictionless Data Package into DIR
 * (datapackage.json and one CSV per table), the same files as GET /donnees/atlas.zip.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "../lib/db/database";

const dir = process.argv[2];
if (!dir) {
  console.error("Usage : npm run export:datapackage -- DOSSIER");
  process.exit(2);
}
const db = await openDatabase();
process.env.DATABASE_URL = db.url;
try {
  const { dataPackageFiles } = await import("../lib/open-data/datapackage");
  const files = await dataPackageFiles(process.env.ATLAS_PUBLIC_URL ?? "http://localhost:3000");
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  console.log(`Paquet de données écrit dans ${path.resolve(dir)} (${Object.keys(files).length} fichiers).`);
} finally {
  const { prisma } = await import("../lib/db/client");
  await prisma().$disconnect();
  if (db.embedded?.startedHere) await db.embedded.stop();
}
