/**
 * Makes world polygons drawable on a flat (Leaflet) map. Natural Earth cuts countries at ±180°,
 * but some rings still run along the cut and jump from 180 to -180 (Russia's Chukotka, Fiji,
 * Wrangel Island), which a flat renderer draws as a stripe across the whole world; Antarctica's
 * rings go round the South Pole and never close on a flat map. Pure functions, no I/O.
 */
export type Position = [number, number];
export type Ring = Position[];
export type PolygonRings = Ring[];

/** Longitudes made continuous (a jump over ±180 shifts the rest of the ring by 360°); `turns` is the net number of times the ring went round the globe. */
export function unwrapRing(ring: Ring): { ring: Ring; turns: number } {
  if (ring.length === 0) return { ring, turns: 0 };
  let offset = 0;
  const out: Ring = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    if (step > 180) offset -= 360;
    else if (step < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  return { ring: out, turns: Math.round(offset / 360) };
}

/** A ring that goes once round a pole becomes the band between it and that pole. */
function closeAroundPole(ring: Ring): Ring {
  const meanLat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  const first = ring[0];
  const last = ring[ring.length - 1];
  return [...ring, [last[0], pole], [first[0], pole], [first[0], first[1]]];
}

function shifted(polygon: PolygonRings, by: number): PolygonRings {
  return polygon.map((ring) => ring.map(([lon, lat]) => [lon + by, lat] as Position));
}

/** The ring moved by whole turns so that it starts east of -180° (its westernmost point in [-180, 180)). */
function intoWorld(ring: Ring): Ring {
  let minLon = Infinity;
  for (const p of ring) if (p[0] < minLon) minLon = p[0];
  const turns = Math.floor((minLon + 180 + 1e-9) / 360);
  return turns === 0 ? ring : ring.map(([lon, lat]) => [lon - turns * 360, lat] as Position);
}

/**
 * One polygon, fixed: every ring unwrapped (and closed round its pole if it circles one) and
 * moved into [-180, …); plus a copy moved 360° west when it sticks out past 180°, so the part
 * beyond the antimeridian also shows at the western edge of the map.
 */
export function fixPolygon(polygon: PolygonRings): PolygonRings[] {
  const rings = polygon
    .filter((ring) => ring.length > 0)
    .map((ring) => {
      const { ring: unwrapped, turns } = unwrapRing(ring);
      return intoWorld(turns !== 0 ? closeAroundPole(unwrapped) : unwrapped);
    });
  if (rings.length === 0) return [];
  const sticksOut = rings.some((ring) => ring.some((p) => p[0] > 180 + 1e-9));
  return sticksOut ? [rings, shifted(rings, -360)] : [rings];
}

/** Polygon or MultiPolygon coordinates → fixed MultiPolygon coordinates. */
export function fixAntimeridian(
  geometry: { type: "Polygon"; coordinates: PolygonRings } | { type: "MultiPolygon"; coordinates: PolygonRings[] },
): PolygonRings[] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap(fixPolygon);
}

/** True when a ring has a segment longer than half the globe in longitude (the bug this module fixes). */
export function crossesAntimeridian(ring: Ring): boolean {
  for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) return true;
  return false;
}
