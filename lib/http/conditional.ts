import "server-only";
import { createHash } from "node:crypto";
import { dataVersion } from "../search/data-version";

/**
 * Conditional GETs for the API: the data only changes on import, so an entity tag made of the
 * data version (lib/search/data-version.ts) and the URL names one state of one resource. A client
 * sending it back in If-None-Match gets a bodiless 304 until the next import.
 */
export function entityTag(version: string, url: URL): string {
  const digest = createHash("sha256").update(`${version}\n${url.pathname}${url.search}`).digest("base64url");
  // Weak: the body is the same data, not necessarily the same bytes (compression, key order).
  return `W/"${digest.slice(0, 27)}"`;
}

/** RFC 9110 §13.1.2: weak comparison against each listed tag, or `*`. */
export function matchesIfNoneMatch(header: string | null, tag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((candidate) => opaque(candidate) === opaque(tag));
}

/** Answers 304 when the client holds the current version, else the response with its ETag. */
export async function withDataETag(request: Request, respond: () => Promise<Response>): Promise<Response> {
  const tag = entityTag(await dataVersion(), new URL(request.url));
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), tag)) return new Response(null, { status: 304, headers: { ETag: tag } });
  const response = await respond();
  if (response.status !== 200) return response;
  response.headers.set("ETag", tag);
  // Unless the route chose its own caching, clients keep the body and revalidate it each time.
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "no-cache");
  return response;
}
