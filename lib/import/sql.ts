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
