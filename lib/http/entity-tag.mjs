/**
 * Entity tags and caching for every response, pages and API routes alike. The data only changes
 * on import, which bumps the data version (lib/search/data-version.ts), and the code only on a
 * deploy, which changes the build id: the two with the URL name one state of one resource.
 * Plain JavaScript: scripts/serve.mjs answers conditional requests with it before Next runs, and
 * lib/http/conditional.ts tags the API routes' responses with the same tags.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The data version as an SQL expression (see lib/search/data-version.ts for its parts). */
export const DATA_VERSION_EXPRESSION = `(SELECT d.oid::text || ':' || s.last_value::text || s.is_called::text
  FROM data_version s, pg_database d WHERE d.datname = current_database())`;

/**
 * Shared caches (a CDN, a reverse proxy) keep a response a minute and may serve it stale for ten
 * while they revalidate; browsers revalidate with If-None-Match, answered 304 until the next
 * import or deploy. So an import shows everywhere within a minute.
 * HTML pages too, though each carries a per-request CSP nonce: a nonce must only be unknown to
 * whoever writes the markup injected into a page. Injected markup could only come from the URL
 * or from the data: a URL is its own cache entry, rendered with a fresh nonce after the payload was
 * written; the data is fixed at import, before the page and its nonce exist. A cached nonce
 * is seen by every reader but never before the content it protects.
 */
export const DATA_CACHE_CONTROL = "public, s-maxage=60, stale-while-revalidate=600";

let cachedBuildId;
/** `.next/BUILD_ID`, read once ("dev" without a build: the dev server, route handlers in tests). */
export function buildId() {
  if (cachedBuildId === undefined) {
    try {
      cachedBuildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      cachedBuildId = "dev";
    }
  }
  return cachedBuildId;
}

/** Weak: the body is the same data, not necessarily the same bytes (compression, nonce, key order). */
export function entityTag(version, pathAndQuery) {
  const digest = createHash("sha256").update(`${buildId()}\n${version}\n${pathAndQuery}`).digest("base64url");
  return `W/"${digest.slice(0, 27)}"`;
}

/** RFC 9110 §13.1.2: weak comparison against each listed tag, or `*`. */
export function matchesIfNoneMatch(header, tag) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (t) => t.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => opaque(candidate) === opaque(tag));
}
