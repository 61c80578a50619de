import { frenchCountryName } from "@/lib/countries";
import { toMapPlace, type MapPlace } from "@/lib/domain/map-place";
import { encodeMapData } from "@/lib/domain/map-format";
import { PlacesMap } from "./PlacesMap";

/**
 * A project page's mini-map: the places of its partners, built from the partners the page has
 * already loaded (no extra query), drawn by the same map component as /carte.
 */
interface PartnerWithPlace {
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

export function partnerPlaces(project: { slug: string; title: string; partners: PartnerWithPlace[] }): MapPlace[] {
  const seen = new Set<number>();
  const places: MapPlace[] = [];
  for (const { collectivite: c } of project.partners) {
    if (seen.has(c.id)) continue;
    const place = toMapPlace({
      id: c.id,
      slug: c.slug,
      name: c.displayName,
      countryCode: c.countryCode,
      countryName: (c.countryCode && frenchCountryName(c.countryCode)) || c.countryLabel || "",
      side: c.side,
      lat: c.lat,
      lon: c.lon,
      precision: c.precision,
      ambiguous: c.geoAmbiguous,
      projects: [{ slug: project.slug, title: project.title }],
    });
    if (!place) continue;
    seen.add(c.id);
    places.push(place);
  }
  return places;
}

export function ProjectPartnersMap({ project }: { project: { slug: string; title: string; partners: PartnerWithPlace[] } }) {
  const places = partnerPlaces(project);
  const unplaced = new Set(project.partners.map((p) => p.collectivite.id)).size - places.length;
  if (places.length === 0) return <p className="text-sm text-slate-600">Aucun partenaire de ce projet n&apos;a pu être placé sur la carte.</p>;
  return (
    <div className="space-y-2">
      <PlacesMap label={`Carte des partenaires du projet (${places.length} lieux)`} data={encodeMapData(places)} variant="mini" />
      <p className="text-sm text-slate-700">
        La liste des partenaires ci-dessus donne les mêmes lieux.
        {unplaced > 0 && ` ${unplaced} partenaire${unplaced > 1 ? "s" : ""} sans position connue n'apparai${unplaced > 1 ? "ssent" : "t"} pas.`}
      </p>
    </div>
  );
}
