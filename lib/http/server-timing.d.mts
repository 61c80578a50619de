/** Types of server-timing.mjs (plain JavaScript, loaded by scripts/serve.mjs). */
import type { AsyncLocalStorage } from "node:async_hooks";
export interface RequestTiming {
  start: number;
  dbMs: number;
  inFlight: number;
  since: number;
}
export function timingStorage(): AsyncLocalStorage<RequestTiming>;
export function newTiming(now?: number): RequestTiming;
export function timedQuery<T>(run: () => Promise<T>): Promise<T>;
export function serverTimingValue(timing: RequestTiming, now?: number): string;
