import { readFileSync } from "node:fs";
import path from "node:path";
import type { Topology } from "topojson-specification";
import { buildWorldBase } from "@/lib/geo-base/world";
import { READ_ONLY_ROUTE } from "@/lib/http/methods";

// GET /api/map/base: the offline base layer (world-atlas countries-50m, simplified and fixed at
// the antimeridian) as GeoJSON. Built once at `next build` and cached for a year: the client asks
// for a versioned URL (components/map/world-base.ts), so a new base layer gets a new URL.
export const dynamic = "force-static";

export function GET() {
  const file = path.join(process.cwd(), "node_modules", "world-atlas", "countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology;
  return new Response(JSON.stringify(buildWorldBase(topology)), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = READ_ONLY_ROUTE;
