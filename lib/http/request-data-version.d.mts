/** Types of request-data-version.mjs (plain JavaScript, loaded by scripts/serve.mjs). */
import type { AsyncLocalStorage } from "node:async_hooks";
export function requestDataVersionStorage(): AsyncLocalStorage<string>;
export function requestDataVersion(): string | undefined;
