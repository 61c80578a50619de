import "server-only";
import { dataVersion } from "../search/data-version";
import { DATA_CACHE_CONTROL, entityTag, matchesIfNoneMatch } from "./entity-tag.mjs";

/**
 * Conditional GETs for the API, with the tags of lib/http/entity-tag.mjs (data version, build id,
 * URL). scripts/serve.mjs answers most 304s before Next runs; this covers the route itself (and
 * its tests), with the same tags. A client sending one back gets a bodiless 304 until the next
 * import or deploy.
 */
export async function withDataETag(request: Request, respond: () => Promise<Response>): Promise<Response> {
  const url = new URL(request.url);
  const tag = entityTag(await dataVersion(), url.pathname + url.search);
  const cached = { ETag: tag, "Cache-Control": DATA_CACHE_CONTROL };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), tag))
    return new Response(null, { status: 304, headers: cached });
  const response = await respond();
  if (response.status !== 200) return response;
  response.headers.set("ETag", tag);
  // Unless the route chose its own caching.
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", DATA_CACHE_CONTROL);
  return response;
}
