import { getLocale, getTranslations } from "next-intl/server";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Pagination } from "@/components/search/Pagination";
import { placesProjects, type MapPlaces } from "@/lib/search/map";
import type { SearchParams } from "@/lib/search/params";
import { PlacesTable, TABLE_PROJECT_LINKS } from "./PlacesTable";

/**
 * One page of the places table under /carte: never the whole table (30,000 rows at 20,000
 * fiches), but `TABLE_ROWS` rows with page links that keep the filters (`?lignes=2`).
 */
export const TABLE_ROWS = 50;
export const TABLE_PAGE_PARAM = "lignes";

/** The table page asked for, 1 when absent or invalid (a page past the end shows the last one). */
export function tablePage(raw: string | string[] | undefined): number {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 1 ? value : 1;
}

export async function PlacesTablePage({
  map,
  params,
  page,
  query,
}: {
  map: MapPlaces;
  params: SearchParams;
  page: number;
  query: string;
}) {
  const t = await getTranslations("map.table");
  const locale = (await getLocale()) as Locale;
  const { places, unplaced } = map;
  const pages = Math.max(1, Math.ceil(places.length / TABLE_ROWS));
  const current = Math.min(page, pages);
  const rows = places.slice((current - 1) * TABLE_ROWS, current * TABLE_ROWS);
  const projects = await placesProjects(
    rows.map((p) => p.id),
    params,
    TABLE_PROJECT_LINKS,
  );
  const hrefFor = (n: number) => {
    const qs = new URLSearchParams(query);
    if (n > 1) qs.set(TABLE_PAGE_PARAM, String(n));
    const s = qs.toString();
    return localizeHref(`/carte${s ? `?${s}` : ""}#tableau-lieux`, locale);
  };
  const range =
    pages > 1
      ? t("range", {
          from: String((current - 1) * TABLE_ROWS + 1),
          to: String((current - 1) * TABLE_ROWS + rows.length),
        })
      : "";
  const unknown = (await getTranslations("map"))("marker.unknownCountry");
  // Unplaced places carry no country code: their country is named as the data gives it.
  const unplacedList = unplaced
    .map((u) => t("unplacedItem", { name: u.name, country: u.countryName || unknown }))
    .join(", ");
  return (
    <section aria-labelledby="tableau-lieux" className="space-y-2">
      <h2 id="tableau-lieux" className="scroll-mt-4 text-lg font-semibold">
        {t("title")}
      </h2>
      <PlacesTable places={rows} projects={projects} caption={t("caption", { count: places.length, range })} />
      <Pagination page={current} pages={pages} hrefFor={hrefFor} />
      {unplaced.length > 0 && (
        <p className="text-sm text-slate-700">
          {t("unplaced", { count: unplaced.length, list: unplaced.length <= TABLE_ROWS ? ` (${unplacedList})` : "" })}
        </p>
      )}
    </section>
  );
}
