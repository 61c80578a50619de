/**
 * The compact wire format of the network (GET /api/network, the graph component): arrays instead
 * of objects, edges referring to nodes by their index in `n`. Pure, client-safe.
 *
 * ```json
 * { "v": 1,
 *   "n": [[id, "slug", "name", side, "countryCode", projects, lon, lat], …],
 *   "e": [[sourceIndex, targetIndex, sharedProjects], …] }
 * ```
 * - `side`: 0 French collectivité, 1 foreign partner; `countryCode` ISO alpha-2 ("" unknown).
 * - `projects`: how many of the filtered projects the collectivité takes part in.
 * - `lon`, `lat`: its place rounded to 0.01°, or null when unplaced (the graph's starting
 *   layout, nothing more: the force layout moves nodes from there).
 * - an edge joins two collectivités of the same projects, one of them at least French (foreign
 *   partners of one project are linked through their French partner, not to each other);
 *   `sharedProjects` counts those projects. Each pair appears once, source index < target index.
 */

export interface NetworkNode {
  id: number;
  slug: string;
  name: string;
  side: "french" | "foreign";
  countryCode: string;
  projects: number;
  lon: number | null;
  lat: number | null;
}

export interface NetworkEdge {
  source: number;
  target: number;
  weight: number;
}

export type CompactNode = [number, string, string, 0 | 1, string, number, number | null, number | null];
export type CompactEdge = [number, number, number];

export interface CompactNetwork {
  v: 1;
  n: CompactNode[];
  e: CompactEdge[];
}

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** Nodes and edges (edges by collectivité id) to the wire format; edges to unknown nodes are dropped. */
export function encodeNetwork(nodes: NetworkNode[], edges: NetworkEdge[]): CompactNetwork {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const n = nodes.map(
    (node): CompactNode => [
      node.id,
      node.slug,
      node.name,
      node.side === "foreign" ? 1 : 0,
      node.countryCode,
      node.projects,
      round2(node.lon),
      round2(node.lat),
    ],
  );
  const e: CompactEdge[] = [];
  for (const edge of edges) {
    const [a, b] = [index.get(edge.source), index.get(edge.target)];
    if (a !== undefined && b !== undefined) e.push(a < b ? [a, b, edge.weight] : [b, a, edge.weight]);
  }
  return { v: 1, n, e };
}

/** Back to nodes and edges (by node index); throws on anything that is not this format. */
export function decodeNetwork(data: CompactNetwork): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  if (data?.v !== 1 || !Array.isArray(data.n) || !Array.isArray(data.e)) throw new Error("Format de réseau inconnu");
  const nodes = data.n.map(
    ([id, slug, name, side, countryCode, projects, lon, lat]): NetworkNode => ({
      id,
      slug,
      name,
      side: side === 1 ? "foreign" : "french",
      countryCode,
      projects,
      lon,
      lat,
    }),
  );
  const edges = data.e.map(([source, target, weight]) => ({ source, target, weight }));
  return { nodes, edges };
}
