import pg from "pg";

/**
 * The generated corpus's database, as scripts/test-e2e.ts imported it: specs ask it what the pages
 * must show instead of writing figures down, so they hold whatever the generator draws.
 */
export async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.ATLAS_GENERATED_DATABASE_URL;
  if (!url) throw new Error("ATLAS_GENERATED_DATABASE_URL manque : lancez ces tests par npm run test:e2e");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await rows<{ n: string | number }>(sql, params);
  return Number(row.n);
}

/** Partner countries by number of projects, the busiest first (ties A–Z by code). */
export function countriesByProjects(): Promise<{ code: string; name: string; projects: number }[]> {
  return rows(
    `SELECT c AS code, co.name_fr AS name, count(*)::int AS projects
       FROM project, unnest(country_codes) c JOIN country co ON co.code = c
      GROUP BY c, co.name_fr ORDER BY count(*) DESC, c`,
  );
}
