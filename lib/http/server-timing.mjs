/**
 * Server-Timing for every response (pages and API routes alike), measured where it is honest:
 * scripts/serve.mjs opens a timing per request around Next's handler, the Prisma clients of
 * lib/db/client.ts mark each query's start and end in the request's timing (AsyncLocalStorage),
 * and the header is written with the response head:
 *   db      wall-clock time during which at least one query was in flight (parallel queries
 *           are not added up twice);
 *   render  the rest of the time until the head was written (routing, rendering, serialising);
 *   total   both together.
 * Streamed pages write their head when their shell is ready: later work is not counted.
 * Plain JavaScript, shared through globalThis: serve.mjs runs unbundled, the clients inside Next's bundle.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const STORAGE_KEY = Symbol.for("atlas.serverTiming");

/** @returns {AsyncLocalStorage<{ start: number, dbMs: number, inFlight: number, since: number }>} */
export function timingStorage() {
  globalThis[STORAGE_KEY] ??= new AsyncLocalStorage();
  return globalThis[STORAGE_KEY];
}

export function newTiming(now = performance.now()) {
  return { start: now, dbMs: 0, inFlight: 0, since: 0 };
}

/** Runs one database call, counting its time in the current request's timing if there is one. */
export async function timedQuery(run) {
  const timing = timingStorage().getStore();
  if (!timing) return run();
  if (timing.inFlight++ === 0) timing.since = performance.now();
  try {
    return await run();
  } finally {
    if (--timing.inFlight === 0) timing.dbMs += performance.now() - timing.since;
  }
}

/** The header's value at `now` (a query still in flight counts up to now). */
export function serverTimingValue(timing, now = performance.now()) {
  const db = timing.dbMs + (timing.inFlight > 0 ? now - timing.since : 0);
  const total = now - timing.start;
  const ms = (value) => Math.max(0, value).toFixed(1);
  return `db;dur=${ms(db)};desc="base de données", render;dur=${ms(total - db)};desc="rendu", total;dur=${ms(total)}`;
}
