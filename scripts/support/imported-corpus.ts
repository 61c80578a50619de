import pg from "pg";
import { openScratchServer, recreateDatabase } from "../../lib/db/scratch";
import { migrate } from "../../lib/db/migrate";
import { importFolder, type ScratchDatabase } from "./app-server";

/**
 * A scratch database holding an imported corpus, kept between benchmark runs: importing 20,000
 * fiches takes minutes, and a benchmark of the pages only reads. The database is named after the
 * corpus folder and marked (a comment on it) once the import has finished; without the mark it is
 * imported again from scratch.
 */
const IMPORTED = "atlas: corpus importé";

export async function importedCorpus(
  name: string,
  pgDirName: string,
  port: number,
  corpus: string,
): Promise<ScratchDatabase> {
  const server = await openScratchServer(pgDirName, port);
  const url = server.urlFor(name);
  const close = async () => {
    if (server.embedded?.startedHere) await server.embedded.stop();
  };
  if ((await databaseComment(server.urlFor("postgres"), name)) === `${IMPORTED} ${corpus}`) {
    console.log(`import : base ${name} déjà importée, réutilisée`);
    return { url, close };
  }
  await recreateDatabase(server.urlFor, name);
  await migrate(url);
  const started = Date.now();
  const summary = await importFolder(url, corpus);
  console.log(`import : ${summary.imported} fiches en ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await withClient(server.urlFor("postgres"), (client) =>
    client.query(`COMMENT ON DATABASE "${name}" IS '${`${IMPORTED} ${corpus}`.replace(/'/g, "''")}'`),
  );
  return { url, close };
}

async function databaseComment(adminUrl: string, name: string): Promise<string | null> {
  const { rows } = await withClient(adminUrl, (client) =>
    client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [name],
    ),
  );
  return rows[0]?.comment ?? null;
}

async function withClient<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}
