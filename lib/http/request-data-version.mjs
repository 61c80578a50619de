/**
 * The data version of the current request, read once: scripts/serve.mjs reads it to answer
 * conditional requests before Next runs, and hands it to everything inside Next (the API's
 * ETags, caches kept until the next import) through this request context instead of each of
 * them reading it again. Outside serve.mjs (tests, scripts) there is none, and
 * lib/search/data-version.ts reads it from the database. A context, not a request header, so
 * that no client can name a version.
 * Plain JavaScript, shared through globalThis: serve.mjs runs unbundled, the readers inside Next's bundle.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const STORAGE_KEY = Symbol.for("atlas.requestDataVersion");

/** @returns {AsyncLocalStorage<string>} */
export function requestDataVersionStorage() {
  globalThis[STORAGE_KEY] ??= new AsyncLocalStorage();
  return globalThis[STORAGE_KEY];
}

/** @returns {string | undefined} the version serve.mjs read for this request, if it read one. */
export function requestDataVersion() {
  return requestDataVersionStorage().getStore();
}
