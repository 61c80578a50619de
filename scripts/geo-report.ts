/**
 * npm run geo:report: every collectivité placed with a precision other than `exact`, ambiguous,
 * or not placed, so a human can fix it in seeds/geo-overrides.json.
 */
import { openDatabase } from "../lib/db/database";
import { formatGeoReport } from "../lib/geo/report";

const db = await openDatabase();
process.env.DATABASE_URL = db.url;
try {
  const { allPlacements } = await import("../lib/page-data/placements");
  console.log(formatGeoReport(await allPlacements()));
} finally {
  const { prisma } = await import("../lib/db/client");
  await prisma().$disconnect();
  if (db.embedded?.startedHere) await db.embedded.stop();
}
