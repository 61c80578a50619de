/**
 * Cache-Control of the map data routes (places, popups, network): the data only changes on import,
 * so browsers may reuse it for five minutes and revalidate it in the background for an hour (the
 * ETag, lib/http/conditional.ts, makes that revalidation a 304).
 */
export const MAP_DATA_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";
