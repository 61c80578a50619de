import type { CountryProjects, MapPoint, MapProjectRef, Precision } from "./map-place";
import { PRECISIONS } from "./map-format";

/**
 * The wire format of GET /api/map: only what the clustered view draws (position, side,
 * precision, name, country, project count, id), in columns rather than one array per place,
 * because columns of like values compress far better. Places go by country, then latitude, and
 * ids and coordinates are sent as differences from the place before: neighbours differ little
 * (the 31,700 places of a 20,000-fiche corpus: 1.2 MB, 370 kB gzip, against 5.5 MB gzipped
 * before). Slugs and projects are fetched when a popup opens (GET /api/map/places/<id>).
 * Pure, client-safe.
 */

/** A place as the map component draws it; `projects` (and `slug`) only when given inline. */
export type PinnedPlace = Omit<MapPoint, "slug"> & { slug?: string; projects?: MapProjectRef[] };

/** Coordinates travel as integers of 1/1000 degree (about 100 m, a pixel at the map's maximum zoom). */
const SCALE = 1000;

export interface MapPointsWire {
  v: 2;
  /** Ids, latitudes and longitudes (in 1/1000 degree), each as the difference from the place before. */
  i: number[];
  y: number[];
  x: number[];
  n: string[];
  /** Index into `cc` of each place's country. */
  k: number[];
  /** One letter a place: side, precision and ambiguity (see flagOf). */
  f: string;
  /** Number of matching projects of each place. */
  j: number[];
  /** Country codes and their French names, referenced by `k`. */
  cc: string[];
  cn: string[];
  /** The country view: [code, name, distinct projects] of the foreign partners' countries. */
  co: [string, string, number][];
}

const flagOf = (p: Pick<MapPoint, "side" | "precision" | "ambiguous">) => {
  const precision = Math.max(0, PRECISIONS.indexOf(p.precision));
  return String.fromCharCode(
    97 + (p.side === "foreign" ? 1 : 0) + 2 * precision + 2 * PRECISIONS.length * (p.ambiguous ? 1 : 0),
  );
};

function readFlag(letter: string): Pick<MapPoint, "side" | "precision" | "ambiguous"> {
  const code = letter.charCodeAt(0) - 97;
  const precision: Precision = PRECISIONS[Math.floor(code / 2) % PRECISIONS.length] ?? "none";
  return { side: code % 2 === 1 ? "foreign" : "french", precision, ambiguous: code >= 2 * PRECISIONS.length };
}

export function encodeMapPoints(places: MapPoint[], countries: CountryProjects[]): MapPointsWire {
  const sorted = [...places].sort((a, b) =>
    a.countryCode < b.countryCode
      ? -1
      : a.countryCode > b.countryCode
        ? 1
        : a.lat - b.lat || a.lon - b.lon || a.id - b.id,
  );
  const countryIndex = new Map<string, number>();
  const wire: MapPointsWire = { v: 2, i: [], y: [], x: [], n: [], k: [], f: "", j: [], cc: [], cn: [], co: [] };
  const previous = { id: 0, y: 0, x: 0 };
  const flags: string[] = [];
  for (const place of sorted) {
    let country = countryIndex.get(place.countryCode);
    if (country === undefined) {
      country = wire.cc.push(place.countryCode) - 1;
      wire.cn.push(place.countryName);
      countryIndex.set(place.countryCode, country);
    }
    const y = Math.round(place.lat * SCALE);
    const x = Math.round(place.lon * SCALE);
    wire.i.push(place.id - previous.id);
    wire.y.push(y - previous.y);
    wire.x.push(x - previous.x);
    Object.assign(previous, { id: place.id, y, x });
    wire.n.push(place.name);
    wire.k.push(country);
    flags.push(flagOf(place));
    wire.j.push(place.projectCount);
  }
  wire.f = flags.join("");
  wire.co = countries.map((c) => [c.code, c.name, c.projects]);
  return wire;
}

/** Back to places and country counts; throws on anything that is not this format (the caller shows an error). */
export function decodeMapPoints(wire: MapPointsWire): { places: PinnedPlace[]; countries: CountryProjects[] } {
  if (wire?.v !== 2 || !Array.isArray(wire.i) || typeof wire.f !== "string") throw new Error("Format de carte inconnu");
  let [id, y, x] = [0, 0, 0];
  const places = wire.i.map((delta, n): PinnedPlace => {
    id += delta;
    y += wire.y[n];
    x += wire.x[n];
    return {
      id,
      lat: y / SCALE,
      lon: x / SCALE,
      name: wire.n[n],
      countryCode: wire.cc[wire.k[n]] ?? "",
      countryName: wire.cn[wire.k[n]] ?? "",
      ...readFlag(wire.f[n]),
      projectCount: wire.j[n],
    };
  });
  return { places, countries: wire.co.map(([code, name, projects]) => ({ code, name, projects })) };
}
