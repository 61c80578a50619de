import "server-only";
import { prisma } from "../db/client";

/**
 * Results that only change on import (unfiltered facet counts, the unfiltered map), kept in
 * memory per data version: the importer bumps the `data_version` sequence after its commits,
 * and a new version drops everything cached under the old one.
 */
const cache = { version: "", entries: new Map<string, Promise<unknown>>() };

export async function dataVersion(): Promise<string> {
  const rows = await prisma().$queryRaw<{ version: string }[]>`SELECT last_value::text || is_called::text AS version FROM data_version`;
  return rows[0].version;
}

/** The cached value for `key` at `version`, computing it once; a failed computation is not kept. */
export function cachedUntilImport<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
  if (cache.version !== version) {
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
