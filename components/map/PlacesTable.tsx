import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import type { MapPoint, MapProjectRef } from "@/lib/domain/map-place";
import { countryLabel, precisionLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import { isApproximate, type PlacementQuality, sideLabel } from "./precision";
import type { MapText } from "./map-text";
import { PRECISION_LABELS } from "@/lib/domain/precision-labels";

/**
 * The map's text alternative: the places as a table, one page of rows at a time (server-rendered,
 * so it works without JavaScript and reads well with a screen reader), each with its first
 * projects as links.
 */
export const TABLE_PROJECT_LINKS = 5;

export function PlacesTable({
  places,
  projects,
  caption,
}: {
  places: MapPoint[];
  projects: Map<number, MapProjectRef[]>;
  caption: string;
}) {
  const t = useTranslations("map.table");
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="mb-2 text-left text-slate-700">{caption}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-1 pr-3">
              {t("place")}
            </th>
            <th scope="col" className="pr-3">
              {t("country")}
            </th>
            <th scope="col" className="pr-3">
              {t("type")}
            </th>
            <th scope="col" className="pr-3">
              {t("precision")}
            </th>
            <th scope="col" className="pr-3 text-right">
              {t("projects")}
            </th>
            <th scope="col">{t("links")}</th>
          </tr>
        </thead>
        <tbody>
          {places.map((place) => (
            <PlaceRow key={place.id} place={place} projects={projects.get(place.id) ?? []} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PlaceRow({ place, projects }: { place: MapPoint; projects: MapProjectRef[] }) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  return (
    <tr className="border-b border-slate-100 align-top">
      <th scope="row" className="py-1 pr-3 text-left font-medium">
        <Link href={`/collectivites/${place.slug}`} lang={lang}>
          {place.name}
        </Link>
      </th>
      <td className="py-1 pr-3">
        {place.countryName ? countryLabel(place.countryCode, place.countryName, locale) : t("table.unknownCountry")}
      </td>
      <td className="py-1 pr-3">{sideLabel(place.side, t)}</td>
      <td className="py-1 pr-3">
        {placementLabel(place, locale, t)}
        {isApproximate(place) && <span className="sr-only">{t("table.approximate")}</span>}
      </td>
      <td className="py-1 pr-3 text-right tabular-nums">{place.projectCount}</td>
      <td className="py-1">
        <ul>
          {projects.map((project) => (
            <li key={project.slug} className="line-clamp-2">
              <Link href={`/projets/${project.slug}`} lang={lang}>
                {project.title}
              </Link>
            </li>
          ))}
          {place.projectCount > projects.length && (
            <li>
              {place.side === "french" ? (
                <Link href={`/projets?french=${place.id}`}>
                  {t("table.allProjects", { count: String(place.projectCount) })}
                </Link>
              ) : (
                <span className="text-slate-700">
                  {t("table.others", { count: String(place.projectCount - projects.length) })}
                </span>
              )}
            </li>
          )}
        </ul>
      </td>
    </tr>
  );
}

/** The table's precision column: the precision's name, and the homonyms' warning when there are several candidates. */
function placementLabel(place: PlacementQuality, locale: Locale, t: MapText): string {
  const label = precisionLabel(PRECISION_LABELS[place.precision], locale);
  return place.ambiguous ? t("precision.ambiguous", { label }) : label;
}
