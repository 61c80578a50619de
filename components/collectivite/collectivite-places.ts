import { toMapPlaces, type MapPlace } from "@/lib/domain/map-place";
import type { CollectiviteDetail, CollectivitePartner, CollectiviteProject } from "@/lib/page-data/collectivite";

/** The collectivité itself (with all its projects) then its partners (with the projects they share), those placed. */
export function collectivitePlaces(
  c: CollectiviteDetail,
  projects: CollectiviteProject[],
  partners: CollectivitePartner[],
): MapPlace[] {
  return toMapPlaces([
    {
      ...c,
      ambiguous: c.geoAmbiguous,
      side: c.side === "french" ? "french" : "foreign",
      projects: projects.map(({ slug, title }) => ({ slug, title })),
    },
    ...partners.map((p) => ({ ...p, side: p.role })),
  ]);
}
