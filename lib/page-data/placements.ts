import "server-only";
import { prisma } from "../db/client";

export interface PlacementRow {
  name: string;
  countryCode: string | null;
  precision: "exact" | "fuzzy" | "city-part" | "region" | "country" | "none";
  source: string;
  ambiguous: boolean;
  admin1: string | null;
}

/** Every collectivité's placement, worst-placed first, for the review report. */
export async function allPlacements(): Promise<PlacementRow[]> {
  return prisma().$queryRaw<PlacementRow[]>`
    SELECT display_name AS name, nullif(country_code, '') AS "countryCode", precision,
           coalesce(geo_source, 'none') AS source, geo_ambiguous AS ambiguous, geo_admin1 AS admin1
    FROM collectivite ORDER BY country_code, display_name`;
}
