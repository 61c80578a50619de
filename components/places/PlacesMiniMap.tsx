import { useLocale, useTranslations } from "next-intl";
import { encodeMapData } from "@/lib/domain/map-format";
import { PlacesMap } from "@/components/map/PlacesMap";
import type { MapPlace } from "@/lib/domain/map-place";
import { countryLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";

/** Projects a mini-map's popup names; it counts the others ("et N autres"), which the lists beside it show. */
const PROJECTS_PER_PLACE = 3;

/**
 * The small map of a project, country or collectivité page, drawn by the same map component as
 * /carte from places the page has already loaded; says how many of the `listed` collectivités
 * (the list beside it names them all) could not be placed.
 */
export function PlacesMiniMap({
  places,
  label,
  listed,
  empty,
  noun,
  note,
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
}) {
  const t = useTranslations("places");
  const locale = useLocale() as Locale;
  const unplaced = listed - places.length;
  if (places.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  const [one, other] = noun ?? [t("unplacedNoun.one"), t("unplacedNoun.other")];
  const missing = unplaced > 0 ? t("unplaced", { count: unplaced, one, other }) : null;
  return (
    <div className="space-y-2">
      <PlacesMap label={label} data={encodeMapData(inLanguage(places, locale), PROJECTS_PER_PLACE)} variant="mini" />
      {(note || missing) && <p className="text-sm text-slate-700">{[note, missing].filter(Boolean).join(" ")}</p>}
    </div>
  );
}

/** The places with their country named in the page's language (the map is a client component: no vocabularies there). */
function inLanguage(places: MapPlace[], locale: Locale): MapPlace[] {
  if (locale === "fr") return places;
  return places.map((p) =>
    p.countryCode ? { ...p, countryName: countryLabel(p.countryCode, p.countryName, locale) } : p,
  );
}
