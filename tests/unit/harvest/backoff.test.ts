import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_BACKOFF, isTransientStatus, parseRetryAfter, retryWait } from "@/lib/harvest/backoff";

describe("backoff", () => {
  const policy = { ...DEFAULT_BACKOFF, baseMs: 1000, maxMs: 8000 };

  it("doubles from the base at each attempt, up to the ceiling, with at most 10 % jitter", () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, policy, () => 0))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(backoffDelay(2, policy, () => 0.999)).toBe(2200);
  });

  it("reads Retry-After as seconds or as an HTTP date; a past date means no wait; junk is ignored", () => {
    const now = Date.parse("Wed, 21 Oct 2026 07:28:00 GMT");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("bientôt", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it("waits what the server asks (capped), else backs off", () => {
    expect(retryWait(1, "7", policy)).toBe(7000);
    expect(retryWait(1, "999999", policy)).toBe(policy.maxRetryAfterMs);
    const computed = retryWait(3, null, policy);
    expect(computed).toBeGreaterThanOrEqual(4000);
    expect(computed).toBeLessThanOrEqual(4400);
  });

  it("retries busy or broken servers, not missing pages", () => {
    expect([429, 503, 500, 502, 504, 408].every(isTransientStatus)).toBe(true);
    expect([200, 304, 301, 404, 410, 403].some(isTransientStatus)).toBe(false);
  });
});
