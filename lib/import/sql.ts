import type pg from "pg";

/**
 * One multi-row INSERT for a list of rows: a fiche has up to a few hundred child rows, and one
 * statement per row would dominate the import time.
 */
export async function insertRows(
  client: pg.ClientBase,
  table: string,
  columns: string[],
  rows: unknown[][],
  suffix = "",
): Promise<pg.QueryResult> {
  if (rows.length === 0) return { rows: [], rowCount: 0 } as unknown as pg.QueryResult;
  const params: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(", ")})`);
  const columnList = columns.map((c) => `"${c}"`).join(", ");
  return client.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(", ")} ${suffix}`, params);
}

export interface RowSet {
  table: string;
  columns: string[];
  rows: unknown[][];
}

const MAX_PARAMS = 60_000; // PostgreSQL's limit is 65,535 per statement

/**
 * Several plain INSERTs sent as one statement (data-modifying CTEs), since each round trip to
 * the server costs more than the rows themselves. The inserts cannot see each other's rows, so
 * only independent sets belong together.
 */
export async function insertRowSets(client: pg.ClientBase, sets: RowSet[]): Promise<void> {
  const params: unknown[] = [];
  const parts: string[] = [];
  const flush = async () => {
    if (parts.length === 0) return;
    await client.query(`WITH ${parts.join(",\n")} SELECT 1`, params.splice(0));
    parts.length = 0;
  };
  for (const set of sets) {
    if (set.rows.length === 0) continue;
    if (params.length + set.rows.length * set.columns.length > MAX_PARAMS) await flush();
    const tuples = set.rows.map((row) => `(${row.map((value) => `$${params.push(value)}`).join(", ")})`);
    parts.push(
      `i${parts.length} AS (INSERT INTO "${set.table}" (${set.columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")})`,
    );
  }
  await flush();
}

/**
 * A slug for a new row that other rows may already hold: `slug` if free, else `fallback` (the
 * same with a piece of the row's own key). A clash with a row being written at the same time
 * fails on the unique index and the fiche is retried, when the first row is visible.
 */
export function freeSlugSql(table: string, slug: string, fallback: string): string {
  return `CASE WHEN EXISTS (SELECT 1 FROM "${table}" WHERE slug = ${slug}) THEN ${fallback} ELSE ${slug} END`;
}

/** Of two spellings of one record, the one to show: an all-capitals spelling gives way to another. */
export function preferredSpellingSql(current: string, proposed: string): string {
  return `CASE WHEN ${current} = upper(${current}) AND ${proposed} <> upper(${proposed}) THEN ${proposed} ELSE ${current} END`;
}
