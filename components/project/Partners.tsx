import { Link } from "@/components/navigation/Link";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import type { ProjectDetail } from "@/lib/page-data/project";
import { plural } from "@/lib/text/format";
import { partnerCount, partnerPlaces } from "./partner-places";

/** The French collectivités and the foreign partners, as the fiche names them, linked to their pages. */
export function Partners({ project }: { project: ProjectDetail }) {
  const french = project.partners.filter((p) => p.role === "french");
  const foreign = project.partners.filter((p) => p.role === "foreign");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="mb-2 font-semibold">Collectivités françaises ({french.length})</h3>
        <ul className="space-y-1">
          {french.map((p) => (
            <li key={p.position}>
              <Link href={`/collectivites/${p.collectivite.slug}`}>{p.nameAsWritten}</Link>
              {p.collectivite.regionName && (
                <span className="text-sm text-slate-600"> · {p.collectivite.regionName}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Partenaires étrangers ({foreign.length})</h3>
        <ul className="space-y-1">
          {foreign.map((p) => (
            <li key={p.position}>
              <Link href={`/collectivites/${p.collectivite.slug}`}>{p.nameAsWritten}</Link>
              {" · "}
              {p.collectivite.countryCode ? (
                <Link href={`/pays/${p.collectivite.countryCode}`}>{p.countryLabel}</Link>
              ) : (
                <span>{p.countryLabel ?? "pays inconnu"}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The partners on the mini-map (the same places as the list above). */
export function PartnersMap({ project }: { project: ProjectDetail }) {
  const places = partnerPlaces(project);
  return (
    <PlacesMiniMap
      places={places}
      label={`Carte des partenaires du projet (${plural(places.length, "lieu", "lieux")})`}
      listed={partnerCount(project)}
      empty="Aucun partenaire de ce projet n'a pu être placé sur la carte."
      noun={["partenaire", "partenaires"]}
      note="La liste des partenaires ci-dessus donne les mêmes lieux."
    />
  );
}
