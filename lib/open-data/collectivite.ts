import "server-only";
import type { z } from "zod";
import {
  collectiviteFunding,
  collectivitePartners,
  collectiviteProjects,
  getCollectivite,
} from "../page-data/collectivite";
import type { collectiviteRecordSchema } from "./record-schemas";

/** The full record of a collectivité for GET /api/collectivites/{slug}, from the page's own readers. */
export type CollectiviteRecord = z.output<typeof collectiviteRecordSchema>;

export async function collectiviteRecord(slug: string, origin: string): Promise<CollectiviteRecord | null> {
  const c = await getCollectivite(slug);
  if (!c) return null;
  const [projects, partners, fundingByYear] = await Promise.all([
    collectiviteProjects(c.id),
    collectivitePartners(c.id),
    collectiviteFunding(c.id),
  ]);
  return {
    id: c.id,
    slug: c.slug,
    url: `${origin}/collectivites/${c.slug}`,
    name: c.name,
    side: c.side === "french" ? "french" : "foreign",
    country: c.countryCode ? { code: c.countryCode, name: c.countryName ?? c.countryCode } : null,
    countryLabel: c.countryLabel,
    kind: c.kind,
    officialCode: c.officialCode,
    departementCode: c.departementCode,
    regionCode: c.regionCode,
    regionName: c.regionName,
    placement: {
      lat: c.lat,
      lon: c.lon,
      precision: c.precision,
      ambiguous: c.geoAmbiguous,
      source: c.geoSource,
      admin1: c.geoAdmin1,
    },
    spellings: c.spellings,
    projects,
    partners: partners.map(({ lat, lon, precision, ambiguous, ...rest }) => ({
      ...rest,
      placement: { lat, lon, precision, ambiguous },
    })),
    fundingByYear: fundingByYear.map((f) => ({
      ...f,
      kind: f.kind as CollectiviteRecord["fundingByYear"][number]["kind"],
    })),
  };
}
