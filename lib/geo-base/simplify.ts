import type { Topology } from "topojson-specification";

/**
 * Douglas–Peucker on the arcs of a TopoJSON topology. Simplifying shared arcs (not each
 * country's rings) keeps neighbours' borders identical, so no gaps or overlaps appear between
 * countries, and arc ends (the points where borders meet) never move. Pure, no I/O.
 */
type Point = [number, number];

function squaredSegmentDistance(p: Point, a: Point, b: Point): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Indices kept between `first` and `last` (exclusive) by Douglas–Peucker, iteratively. */
function keepBetween(points: Point[], first: number, last: number, sqTolerance: number, keep: Uint8Array): void {
  const stack: [number, number][] = [[first, last]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    let maxDistance = sqTolerance;
    let index = -1;
    for (let i = from + 1; i < to; i++) {
      const d = squaredSegmentDistance(points[i], points[from], points[to]);
      if (d > maxDistance) {
        index = i;
        maxDistance = d;
      }
    }
    if (index !== -1) {
      keep[index] = 1;
      stack.push([from, index], [index, to]);
    }
  }
}

/** A simplified line. A closed arc (an island) keeps at least a triangle, so it never vanishes. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  const n = points.length;
  if (n <= 3) return points;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const closed = points[0][0] === points[n - 1][0] && points[0][1] === points[n - 1][1];
  const sq = tolerance * tolerance;
  if (closed) {
    // Split a ring at the point farthest from its start, then keep the farthest point of each half.
    let far = 1;
    let farDistance = -1;
    for (let i = 1; i < n - 1; i++) {
      const d = (points[i][0] - points[0][0]) ** 2 + (points[i][1] - points[0][1]) ** 2;
      if (d > farDistance) [far, farDistance] = [i, d];
    }
    keep[far] = 1;
    keepBetween(points, 0, far, sq, keep);
    keepBetween(points, far, n - 1, sq, keep);
    // A ring flattened to a line would vanish: tiny islands keep their full outline.
    if (keep.reduce((s, k) => s + k, 0) < 4) return points;
  } else {
    keepBetween(points, 0, n - 1, sq, keep);
  }
  return points.filter((_, i) => keep[i]);
}

/** Arcs decoded from quantised, delta-encoded integers into absolute coordinates. */
function decodedArcs(topology: Topology): Point[][] {
  const transform = topology.transform;
  return topology.arcs.map((arc) => {
    if (!transform) return arc.map((p) => [p[0], p[1]] as Point);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [
        x * transform.scale[0] + transform.translate[0],
        y * transform.scale[1] + transform.translate[1],
      ] as Point;
    });
  });
}

/** A copy of the topology with simplified arcs in absolute coordinates (no transform). */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
  const arcs = decodedArcs(topology).map((arc) => simplifyLine(arc, tolerance));
  const { transform: _transform, bbox, ...rest } = topology;
  return { ...rest, ...(bbox ? { bbox } : {}), arcs };
}
