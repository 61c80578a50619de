import type { Metadata } from "next";
import { QualityTable } from "@/components/quality/QualityTable";
import { projectsByCountry } from "@/lib/page-data/home";
import { QUALITY_LISTS, resolveQualityScope } from "@/lib/page-data/quality-lists";
import { plural } from "@/lib/text/format";

export const metadata: Metadata = {
  title: "Qualité des données",
  description:
    "Les fiches à revoir : projets échus, titres coupés, financements ou contacts manquants, partenaires mal placés, adresses invalides, doublons.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Rows shown per list; the CSV export has them all. */
const ROWS_SHOWN = 100;

export default async function QualityPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { scope, country, collectivite, collectiviteText } = await resolveQualityScope((name) => raw[name]);
  const [countries, lists] = await Promise.all([
    projectsByCountry(),
    Promise.all(QUALITY_LISTS.map(async (list) => ({ ...list, rows: await list.read(scope) }))),
  ]);
  const filterQuery = new URLSearchParams({
    ...(country && { country }),
    ...(collectiviteText && { collectivite: collectivite?.slug ?? collectiviteText }),
  }).toString();

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Qualité des données</h1>
        <p className="max-w-prose text-slate-700">
          Les fiches et les partenaires à revoir, liste par liste, chacune exportable en CSV.
        </p>
        <form method="get" action="/qualite" className="flex flex-wrap items-end gap-3 text-sm">
          <label className="flex flex-col">
            Pays
            <select name="country" defaultValue={country} className="rounded border border-slate-400 px-2 py-1.5">
              <option value="">Tous les pays</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            Collectivité
            <input
              name="collectivite"
              defaultValue={collectivite?.name ?? collectiviteText}
              className="rounded border border-slate-400 px-2 py-1.5"
              placeholder="ex. Strasbourg"
            />
          </label>
          <button
            type="submit"
            className="rounded bg-marine-700 px-3 py-1.5 font-medium text-white hover:bg-marine-800"
          >
            Filtrer
          </button>
        </form>
        {collectiviteText && (
          <p className="text-sm">
            {collectivite
              ? `Collectivité : ${collectivite.name}.`
              : `Aucune collectivité ne correspond à « ${collectiviteText} ».`}
          </p>
        )}
        <nav aria-label="Listes">
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {lists.map((list) => (
              <li key={list.key}>
                <a href={`#${list.key}`}>{list.title}</a> : {list.rows.length}
              </li>
            ))}
          </ul>
        </nav>
      </div>

      {lists.map((list) => (
        <section key={list.key} aria-labelledby={list.key} className="space-y-2">
          <h2 id={list.key} className="text-lg font-semibold">
            {list.title} ({list.rows.length})
          </h2>
          <p className="text-sm text-slate-700">{list.description}</p>
          {list.rows.length === 0 ? (
            <p className="text-sm">Rien à signaler.</p>
          ) : (
            <>
              <p className="text-sm">
                <a href={`/api/quality/export?list=${list.key}${filterQuery ? `&${filterQuery}` : ""}`}>
                  Exporter la liste en CSV
                </a>
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
      ))}
    </div>
  );
}
