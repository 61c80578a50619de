import type { WorldBase } from "@/lib/geo-base/world";

/**
 * The offline base layer's data, fetched once per page from the static, long-cached route
 * (kept out of the JS bundles). Several maps on a page share the one request.
 */
export const WORLD_BASE_URL = "/api/map/base?v=2";

let pending: Promise<WorldBase> | null = null;

export function loadWorldBase(): Promise<WorldBase> {
  pending ??= fetch(WORLD_BASE_URL).then((response) => {
    if (!response.ok) throw new Error(`Fond de carte indisponible (${response.status})`);
    return response.json() as Promise<WorldBase>;
  });
  pending.catch(() => {
    pending = null; // let a later map try again
  });
  return pending;
}

/** An optional raster tile layer, set at build time; without it the map makes no outside request. */
export const TILE_URL = process.env.NEXT_PUBLIC_TILE_URL || "";
export const TILE_ATTRIBUTION = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION || "";
