import { Pagination } from "@/components/search/Pagination";
import { placesProjects, type MapPlaces } from "@/lib/search/map";
import type { SearchParams } from "@/lib/search/params";
import { plural } from "@/lib/text/format";
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
    return `/carte${s ? `?${s}` : ""}#tableau-lieux`;
  };
  const range =
    pages > 1 ? `, lignes ${(current - 1) * TABLE_ROWS + 1} à ${(current - 1) * TABLE_ROWS + rows.length}` : "";
  return (
    <section aria-labelledby="tableau-lieux" className="space-y-2">
      <h2 id="tableau-lieux" className="scroll-mt-4 text-lg font-semibold">
        Tableau des lieux
      </h2>
      <PlacesTable
        places={rows}
        projects={projects}
        caption={`Les ${plural(places.length, "lieu", "lieux")} de la carte${range}, avec leurs projets`}
      />
      <Pagination page={current} pages={pages} hrefFor={hrefFor} />
      {unplaced.length > 0 && (
        <p className="text-sm text-slate-700">
          Sans position connue, donc absents de la carte : {plural(unplaced.length, "lieu", "lieux")}
          {unplaced.length <= TABLE_ROWS
            ? ` (${unplaced.map((u) => `${u.name} (${u.countryName || "pays inconnu"})`).join(", ")})`
            : ""}
          .
        </p>
      )}
    </section>
  );
}
