import "server-only";
import { Prisma } from "../generated/prisma/client";
import { primaryPrisma } from "../db/client";
import { DATA_VERSION_EXPRESSION } from "../http/entity-tag.mjs";
import { requestDataVersion } from "../http/request-data-version.mjs";

/**
 * Results that only change on import (unfiltered facet counts, the unfiltered map), kept in
 * memory per data version: the importer bumps the `data_version` sequence after its commits,
 * and a new version drops everything cached under the old one.
 */
const cache = { version: "", entries: new Map<string, Promise<unknown>>() };

/**
 * The version as an SQL expression, for queries that read it along with other things. The
 * database's oid is part of it: a database dropped and created again (tests, the bench) starts
 * its sequence over, and must not be served what was cached for the old one.
 */
export const DATA_VERSION_SQL = Prisma.raw(DATA_VERSION_EXPRESSION);

/**
 * From the primary: replicas may lag an import (see lib/db/client.ts). Once per request: the
 * version scripts/serve.mjs read for the request when there is one (lib/http/request-data-version.mjs).
 */
export async function dataVersion(): Promise<string> {
  const known = requestDataVersion();
  if (known !== undefined) return known;
  const rows = await primaryPrisma().$queryRaw<{ version: string }[]>`SELECT ${DATA_VERSION_SQL} AS version`;
  return rows[0].version;
}

/** Database oid and position of the sequence, from DATA_VERSION_SQL's "oid:valueCalled". */
function parts(version: string): { database: string; position: number } {
  const m = /^(\d+):(\d+)(true|false)$/.exec(version);
  return m
    ? { database: m[1], position: Number(m[2]) * 2 + (m[3] === "true" ? 1 : 0) }
    : { database: version, position: 0 };
}

/** Whether a request that read `version` is behind what is cached: the data it asked for are there. */
function isOlder(version: string, than: string): boolean {
  const a = parts(version);
  const b = parts(than);
  return a.database === b.database && a.position < b.position;
}

/**
 * The cached value for `key` at `version`, computing it once; a failed computation is not kept.
 * A request that read the version before a bump and gets here after one that read it after is
 * served the newer entry: going back dropped it, and during an import, with requests crossing
 * every bump, the facet index was reloaded again and again.
 */
export function cachedUntilImport<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
  if (cache.version !== version && !isOlder(version, cache.version)) {
    cache.version = version;
    cache.entries.clear();
  }
  let entry = cache.entries.get(key) as Promise<T> | undefined;
  if (!entry) {
    entry = compute();
    cache.entries.set(key, entry);
    entry.catch(() => cache.entries.delete(key));
  }
  return entry;
}
