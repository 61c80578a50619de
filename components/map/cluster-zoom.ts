import type L from "leaflet";

/**
 * Where activating a cluster leads: the smallest zoom at which its places no longer form one
 * group, rather than the zoom that fits their bounds (which, for places a few hundred metres
 * apart, is the maximum zoom and loses all context). Places that never separate (one town's
 * several collectivités) are spread out on the spot instead. Client-only.
 */

/** Leaflet.markercluster's tree, as built by the group (not in its public API). */
interface ClusterNode {
  _zoom: number;
  _childClusters: ClusterNode[];
  _markers: unknown[];
}

/** The first zoom at which the cluster shows as more than one marker or group, or null below `maxZoom`. */
export function separatingZoom(cluster: L.MarkerCluster, maxZoom: number): number | null {
  let level = [cluster as unknown as ClusterNode];
  for (let zoom = level[0]._zoom + 1; zoom <= maxZoom; zoom++) {
    const items = level.reduce((n, node) => n + node._childClusters.length + node._markers.length, 0);
    if (items > 1) return zoom;
    level = level.flatMap((node) => node._childClusters);
    if (level.length === 0) return null;
  }
  return null;
}

export function zoomIntoCluster(map: L.Map, cluster: L.MarkerCluster): void {
  const zoom = separatingZoom(cluster, map.getMaxZoom());
  if (zoom === null) cluster.spiderfy();
  else map.setView(cluster.getBounds().getCenter(), Math.max(zoom, map.getZoom() + 1));
}
