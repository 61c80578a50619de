/** npm run db:migrate: applies prisma/migrations/*.sql to DATABASE_URL or the embedded database. */
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrate";

const db = await openDatabase();
try {
  const result = await migrate(db.url);
  console.log(
    `Appliquées : ${result.applied.length ? result.applied.join(", ") : "aucune"} · déjà en place : ${result.alreadyApplied.length}`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  if (db.embedded?.startedHere) await db.embedded.stop();
}
