import Graph from "graphology";
import type { NetworkEdge, NetworkNode } from "@/lib/domain/network-format";

/**
 * The graphology graph the network view draws: node keys are the nodes' indices in the wire
 * format. Nodes start where their collectivité lies (lon, lat), so the force layout starts from a
 * readable picture and settles faster; unplaced ones start on a small deterministic spiral.
 */

export const SIDE_COLOURS = { french: "#1f4f99", foreign: "#c2410c" } as const;
const EDGE_COLOUR = "#94a3b8";

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export function nodeSize(projects: number): number {
  return Math.min(3 + 2.2 * Math.sqrt(projects), 24);
}

export function buildGraph(nodes: NetworkNode[], edges: NetworkEdge[]): Graph<NodeAttributes> {
  const graph = new Graph<NodeAttributes>({ type: "undirected", multi: false, allowSelfLoops: false });
  nodes.forEach((node, i) => {
    const placed = node.lon !== null && node.lat !== null;
    const angle = i * 2.399963; // golden angle: unplaced nodes spread evenly
    graph.addNode(String(i), {
      x: placed ? node.lon! : 200 + Math.sqrt(i) * Math.cos(angle),
      y: placed ? node.lat! : Math.sqrt(i) * Math.sin(angle),
      size: nodeSize(node.projects),
      color: SIDE_COLOURS[node.side],
      label: node.name,
    });
  });
  addEdges(graph, edges);
  return graph;
}

/** The links, added to a graph of the nodes (a large graph gets them after its first frame). */
export function addEdges(graph: Graph<NodeAttributes>, edges: NetworkEdge[]): void {
  for (const edge of edges) {
    graph.addEdge(String(edge.source), String(edge.target), {
      size: Math.min(0.5 + Math.log2(edge.weight), 5),
      color: EDGE_COLOUR,
    });
  }
}
