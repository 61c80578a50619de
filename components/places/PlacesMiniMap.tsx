import { encodeMapData } from "@/lib/domain/map-format";
import { PlacesMap } from "@/components/map/PlacesMap";
import type { MapPlace } from "@/lib/domain/map-place";

/**
 * The small map of a country or collectivité page, drawn by the shared map component; says how
 * many of the listed collectivités could not be placed (the list beside it names them all).
 */
export function PlacesMiniMap({ places, label, listed }: { places: MapPlace[]; label: string; listed: number }) {
  const unplaced = listed - places.length;
  if (places.length === 0) return <p className="text-sm text-slate-600">Aucune de ces collectivités n&apos;a de position connue.</p>;
  return (
    <div className="space-y-2">
      <PlacesMap label={label} data={encodeMapData(places)} variant="mini" />
      {unplaced > 0 && (
        <p className="text-sm text-slate-700">
          {unplaced} collectivité{unplaced > 1 ? "s" : ""} sans position connue n&apos;apparai{unplaced > 1 ? "ssent" : "t"} pas sur la carte.
        </p>
      )}
    </div>
  );
}
