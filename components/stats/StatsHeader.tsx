import { formatEuros } from "@/lib/domain/funding-matrix";
import type { StatsTotals } from "@/lib/page-data/statistics";
import { plural } from "@/lib/text/format";

/** The atlas in figures, and the page's table of contents. */
export function StatsHeader({ totals }: { totals: StatsTotals }) {
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Statistiques</h1>
      <p className="max-w-prose text-slate-700">
        {plural(totals.projects, "projet", "projets")},{" "}
        {plural(totals.countries, "pays partenaire", "pays partenaires")},{" "}
        {plural(totals.collectivites, "collectivité", "collectivités")} et{" "}
        <strong data-total="funding">{formatEuros(totals.fundingTotal)}</strong> de financements déclarés (
        {plural(totals.fundingRows, "ligne", "lignes")} de financement). Chaque nombre mène aux projets qu&apos;il
        compte.
      </p>
      <nav aria-label="Sur cette page" className="text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href="#thematiques">Par thématique</a>
          </li>
          <li>
            <a href="#pays">Par pays</a>
          </li>
          <li>
            <a href="#annees">Par année de début</a>
          </li>
          <li>
            <a href="#statuts">Par statut</a>
          </li>
          <li>
            <a href="#financement-annee">Financement par année</a>
          </li>
          <li>
            <a href="#financement-type">Financement par type de financeur</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
