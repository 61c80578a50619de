/**
 * When to try again. A server that says how long to wait (Retry-After, on 429 and 503) is obeyed;
 * otherwise the wait doubles at each attempt, with a little jitter so that several harvesters
 * never hit the site in step. Pure functions: the fetch loop does the waiting.
 */

export interface BackoffPolicy {
  /** Wait before the second attempt; doubled at each further one. */
  baseMs: number;
  /** No computed wait exceeds this. */
  maxMs: number;
  /** A Retry-After longer than this is cut to it (a site asking for hours would stall the run). */
  maxRetryAfterMs: number;
  /** Attempts for one page, the first included. */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 1_000,
  maxMs: 60_000,
  maxRetryAfterMs: 15 * 60_000,
  maxAttempts: 5,
};

/** Exponential backoff after failed attempt number `attempt` (1-based), with up to 10 % jitter. */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (1 + 0.1 * random()));
}

/**
 * Retry-After in milliseconds, from either of its forms (RFC 9110 §10.2.3): a number of seconds,
 * or an HTTP date. Null when absent or unreadable; a date in the past means no wait.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** The wait before the next attempt: the server's Retry-After (capped) when it gave one, else backoff. */
export function retryWait(
  attempt: number,
  retryAfter: string | null | undefined,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const asked = parseRetryAfter(retryAfter);
  if (asked !== null) return Math.min(asked, policy.maxRetryAfterMs);
  return backoffDelay(attempt, policy);
}

/** Statuses worth another try: the server is busy or briefly broken, not the page missing. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
