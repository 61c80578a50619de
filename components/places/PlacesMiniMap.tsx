import { useLocale, useTranslations } from "next-intl";
import { encodeMapData } from "@/lib/domain/map-format";
import { PlacesMap } from "@/components/map/PlacesMap";
import type { MapPlace } from "@/lib/domain/map-place";
import { apiHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { withCountryNames } from "@/lib/i18n/data-labels";

/** Projects a mini-map's popup names; it counts the others ("et N autres"), which the lists beside it show. */
const PROJECTS_PER_PLACE = 3;

/**
 * Up to this many places travel inline with the page; more are fetched from `src` after it has
 * loaded (a capital's 2,300 partners were 220 kB of its 860 kB page and a third of its rendering).
 */
export const INLINE_PLACES = 250;

/**
 * The small map of a project, country or collectivité page, drawn by the same map component as
 * /carte from places the page has already loaded (or, past INLINE_PLACES, from `src`, the same
 * places served by the API); says how many of the `listed` collectivités (the list beside it
 * names them all) could not be placed.
 */
export function PlacesMiniMap({
  places,
  label,
  listed,
  empty,
  noun,
  note,
  src,
}: {
  places: MapPlace[];
  label: string;
  listed: number;
  /** What to say when none of them has a position. */
  empty: string;
  /** What the unplaced are called, singular and plural, in the page's language (collectivités by default). */
  noun?: [string, string];
  /** A sentence always shown under the map. */
  note?: string;
  /** Where the API serves these places (wire format of GET /api/map), for large maps. */
  src?: string;
}) {
  const t = useTranslations("places");
  const locale = useLocale() as Locale;
  const unplaced = listed - places.length;
  if (places.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  const [one, other] = noun ?? [t("unplacedNoun.one"), t("unplacedNoun.other")];
  const missing = unplaced > 0 ? t("unplaced", { count: unplaced, one, other }) : null;
  const fetched = src !== undefined && places.length > INLINE_PLACES;
  return (
    <div className="space-y-2">
      {fetched ? (
        <PlacesMap label={label} src={apiHref(src, locale)} variant="mini" />
      ) : (
        <PlacesMap
          label={label}
          data={encodeMapData(withCountryNames(places, locale), PROJECTS_PER_PLACE)}
          variant="mini"
        />
      )}
      {(note || missing) && <p className="text-sm text-slate-700">{[note, missing].filter(Boolean).join(" ")}</p>}
    </div>
  );
}
