import { toMapPlaces, type MapPlace, type MapPoint } from "../domain/map-place";
import type { CollectiviteDetail, CollectivitePartner, CollectiviteProject } from "./collectivite";
import type { CountryPartner } from "./country";

/**
 * The places of the country and collectivité pages' maps, reshaped from what those pages read
 * (pure: the pages draw them inline, GET /api/countries/<code>/map and
 * /api/collectivites/<slug>/map serve them when there are too many to inline).
 */

/** The country's partner collectivités that have a position, as places of the country's map. */
export function countryPlaces(partners: CountryPartner[], code: string, name: string): MapPlace[] {
  return toMapPlaces(partners.map((p) => ({ ...p, countryCode: code, countryName: name, side: "foreign" })));
}

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

/** A place as the clustered map draws it: its projects counted, not listed (a popup asks for them). */
export function toPoint({ projects, ...place }: MapPlace): MapPoint {
  return { ...place, projectCount: projects.length };
}
