/**
 * npm run export:iati -- FILE [search params…]
 * Writes the matching projects (all of them without params) as an IATI 2.03 activity file.
 * Params are the search page's, e.g. `country=TN` `thematic=3`, or one query string `"country=TN&year=2010"`.
 * Absolute links use ATLAS_PUBLIC_URL (default http://localhost:3000).
 */
import { writeFileSync } from "node:fs";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate";

const [file, ...filters] = process.argv.slice(2);
if (!file) {
  console.error("Usage : npm run export:iati -- FICHIER.xml [country=TN …]");
  process.exit(2);
}

const db = await openDatabase();
process.env.DATABASE_URL = db.url;
try {
  await migrate(db.url);
  const { iatiProjects } = await import("../lib/iati/load");
  const { iatiDocument } = await import("../lib/iati/document");
  const { reportingOrgId } = await import("../lib/iati/organisation");
  const { parseSearchParams } = await import("../lib/search/params");
  const projects = await iatiProjects(parseSearchParams(new URLSearchParams(filters.join("&"))));
  const origin = (process.env.ATLAS_PUBLIC_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
  writeFileSync(file, iatiDocument(projects, reportingOrgId(), origin));
  console.log(`${projects.length} activités IATI écrites dans ${file}`);
} finally {
  const { prisma } = await import("../lib/db/client");
  await prisma().$disconnect();
  if (db.embedded?.startedHere) await db.embedded.stop();
}
