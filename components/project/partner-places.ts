import { frenchCountryName } from "@/lib/countries";
import { toMapPlace, type MapPlace } from "@/lib/domain/map-place";
import { countryLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A project's partners as map places, from the partners the project page has already loaded (no
 * extra query): each collectivité once, in the fiche's order, those without a position left out;
 * country names in the page's language.
 */
export interface PartnerWithPlace {
  role: string;
  collectivite: {
    id: number;
    slug: string;
    displayName: string;
    countryCode: string;
    countryLabel: string | null;
    side: string;
    lat: number | null;
    lon: number | null;
    precision: string;
    geoAmbiguous: boolean;
  };
}

export function partnerPlaces(
  project: { slug: string; title: string; partners: PartnerWithPlace[] },
  locale: Locale,
): MapPlace[] {
  const seen = new Set<number>();
  return project.partners.flatMap(({ collectivite: c }) => {
    if (seen.has(c.id)) return [];
    seen.add(c.id);
    const place = toMapPlace({
      id: c.id,
      slug: c.slug,
      name: c.displayName,
      countryCode: c.countryCode,
      countryName: countryLabel(
        c.countryCode,
        (c.countryCode && frenchCountryName(c.countryCode)) || c.countryLabel || "",
        locale,
      ),
      side: c.side,
      lat: c.lat,
      lon: c.lon,
      precision: c.precision,
      ambiguous: c.geoAmbiguous,
      projects: [{ slug: project.slug, title: project.title }],
    });
    return place ? [place] : [];
  });
}

/** How many different collectivités the project names (a partner can appear twice). */
export function partnerCount(project: { partners: PartnerWithPlace[] }): number {
  return new Set(project.partners.map((p) => p.collectivite.id)).size;
}
