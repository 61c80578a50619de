import "server-only";
import { cache } from "react";
import { cachedUntilImport, dataVersion } from "../search/data-version";

/** The data version, read once per request rather than once per query. */
const requestDataVersion = cache(dataVersion);

/**
 * A page read that depends only on the data and its arguments, computed once per data version
 * and shared, read-only, until the next import: the largest countries and collectivités cost
 * 50–1,000 ms of SQL a read at 20,000 projects, then nothing. `name` keeps reads apart.
 */
export function perDataVersion<A extends unknown[], T>(
  name: string,
  read: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  return async (...args) =>
    cachedUntilImport(await requestDataVersion(), `${name}:${JSON.stringify(args)}`, () => read(...args));
}
