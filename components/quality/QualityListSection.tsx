import { QualityTable } from "@/components/quality/QualityTable";
import type { QualityRow } from "@/lib/page-data/quality";
import { type QualityFilter, qualityExportHref } from "@/lib/page-data/quality-filter";
import type { QualityList } from "@/lib/page-data/quality-lists";
import { plural } from "@/lib/text/format";

/** Rows shown per list; the CSV export has them all. */
const ROWS_SHOWN = 100;

/** One list of /qualite: what it checks, its CSV export, and its first rows. */
export function QualityListSection({
  list,
  filter,
}: {
  list: QualityList & { rows: QualityRow[] };
  filter: QualityFilter;
}) {
  return (
    <section aria-labelledby={list.key} className="space-y-2">
      <h2 id={list.key} className="text-lg font-semibold">
        {list.title} ({list.rows.length})
      </h2>
      <p className="text-sm text-slate-700">{list.description}</p>
      {list.rows.length === 0 ? (
        <p className="text-sm">Rien à signaler.</p>
      ) : (
        <>
          <p className="text-sm">
            <a href={qualityExportHref(list.key, filter)}>Exporter la liste en CSV</a>
            {list.rows.length > ROWS_SHOWN && ` · ${ROWS_SHOWN} premières lignes affichées sur ${list.rows.length}`}
          </p>
          <QualityTable
            rows={list.rows.slice(0, ROWS_SHOWN)}
            caption={`${list.title} : ${plural(list.rows.length, "élément", "éléments")}`}
            itemHeader={list.key === "placements" ? "Collectivité" : "Projet"}
          />
        </>
      )}
    </section>
  );
}
