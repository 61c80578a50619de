import { Link } from "@/components/navigation/Link";
import type { CollectiviteSuggestion } from "@/lib/page-data/home";

const CARD = "space-y-2 rounded-lg border border-slate-200 p-4 shadow-sm";
const TITLE = "font-semibold text-marine-800";

/** One way in per kind of visitor: the embassy contact, the map, a collectivité, the raw data. */
export function WaysIn({ suggestions }: { suggestions: CollectiviteSuggestion[] }) {
  return (
    <section aria-labelledby="entrees" className="space-y-3">
      <h2 id="entrees" className="text-xl font-semibold text-marine-800">
        Par où commencer ?
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        <li className={CARD}>
          <h3 className={TITLE}>
            <Link href="/contacts">Trouver un contact dans un poste</Link>
          </h3>
          <p className="text-sm text-slate-700">
            Correspondants et conseillers des ambassades, contacts des collectivités partenaires.
          </p>
        </li>
        <li className={CARD}>
          <h3 className={TITLE}>
            <Link href="/carte">Explorer la carte</Link>
          </h3>
          <p className="text-sm text-slate-700">
            Les collectivités françaises et leurs partenaires dans le monde, avec les filtres de la recherche.
          </p>
        </li>
        <li className={CARD}>
          <h3 className={TITLE} id="voir-collectivite">
            Voir une collectivité
          </h3>
          <form
            method="get"
            action="/collectivites"
            aria-labelledby="voir-collectivite"
            className="flex flex-wrap items-end gap-2 text-sm"
          >
            <label className="flex min-w-0 flex-1 flex-col">
              Nom de la collectivité
              <input
                type="text"
                name="nom"
                list="collectivites-suggerees"
                required
                autoComplete="off"
                placeholder="Strasbourg, Montréal…"
                className="rounded border border-slate-400 px-2 py-1.5 text-base"
              />
            </label>
            <datalist id="collectivites-suggerees">
              {suggestions.map((s) => (
                <option key={s.slug} value={s.name} />
              ))}
            </datalist>
            <button
              type="submit"
              className="rounded bg-marine-700 px-3 py-1.5 font-medium text-white hover:bg-marine-800"
            >
              Voir
            </button>
          </form>
        </li>
        <li className={CARD}>
          <h3 className={TITLE}>Télécharger les données</h3>
          <p className="text-sm text-slate-700">
            Tous les projets :{" "}
            <a href="/api/projects/export?format=csv" download>
              CSV
            </a>{" "}
            ·{" "}
            <a href="/api/projects/export?format=json" download>
              JSON
            </a>
            . Chaque recherche s&apos;exporte aussi, filtrée.
          </p>
        </li>
      </ul>
    </section>
  );
}
