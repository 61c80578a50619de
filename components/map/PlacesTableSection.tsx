import type { MapPlaces } from "@/lib/search/map";
import { plural } from "@/lib/text/format";
import { PlacesTable } from "./PlacesTable";

/** The map's places as a table (the accessible equivalent of the map), and the partners that could not be placed. */
export function PlacesTableSection({ places, unplaced }: MapPlaces) {
  return (
    <section aria-labelledby="tableau-lieux" className="space-y-2">
      <h2 id="tableau-lieux" className="text-lg font-semibold">Tableau des lieux</h2>
      <PlacesTable places={places} caption={`Les ${plural(places.length, "lieu", "lieux")} de la carte, avec leurs projets`} />
      {unplaced.length > 0 && (
        <p className="text-sm text-slate-700">
          Sans position connue, donc absents de la carte : {unplaced.map((u) => `${u.name} (${u.countryName || "pays inconnu"})`).join(", ")}.
        </p>
      )}
    </section>
  );
}
