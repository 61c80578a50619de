import type { Metadata } from "next";
import Link from "next/link";
import { Section } from "@/components/layout/Section";
import { CountTable, type CountRow } from "@/components/stats/CountTable";
import { FundingByYear } from "@/components/stats/FundingByYear";
import { HorizontalBarChart } from "@/components/stats/HorizontalBarChart";
import { funderKindLabel, type FunderKind } from "@/lib/domain/funder-kinds";
import { formatEuros } from "@/lib/domain/funding-matrix";
import { toQueryString } from "@/lib/search/params";
import {
  fundingByKind, fundingByYearKind, projectsByCountry, projectsByStartYear, projectsByStatus, projectsByThematic, statsTotals,
} from "@/lib/page-data/statistics";
import { plural } from "@/lib/text/format";

export const metadata: Metadata = {
  title: "Statistiques",
  description: "Les projets de coopération décentralisée par thématique, pays, année et statut, et leurs financements par année et type de financeur.",
};

// The figures change with each import; never serve a build-time snapshot.
export const dynamic = "force-dynamic";

const TOP_COUNTRIES = 20;
const search = (params: Parameters<typeof toQueryString>[0]) => `/projets${toQueryString(params)}`;

export default async function StatisticsPage() {
  const [totals, thematics, countries, years, statuses, fundingYears, fundingKinds] = await Promise.all([
    statsTotals(), projectsByThematic(), projectsByCountry(), projectsByStartYear(), projectsByStatus(), fundingByYearKind(), fundingByKind(),
  ]);
  const themes = thematics.filter((t) => t.level === 1);
  const unclassified = totals.projects - themes.reduce((s, t) => s + t.count, 0);
  const thematicRows: CountRow[] = themes.flatMap((theme) => [
    { key: String(theme.id), label: theme.label, value: theme.count, href: search({ thematic: [theme.id], primary: true }) },
    ...thematics
      .filter((t) => t.parentId === theme.id)
      .map((t) => ({ key: String(t.id), label: t.label, value: t.count, href: search({ thematic: [t.id], primary: true }), nested: true })),
  ]);
  if (unclassified > 0) thematicRows.push({ key: "none", label: "Sans thématique principale", value: unclassified });

  return (
    <div className="space-y-10 [&_a]:underline">
      <header className="space-y-3">
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Statistiques</h1>
        <p className="max-w-prose text-slate-700">
          {plural(totals.projects, "projet", "projets")}, {plural(totals.countries, "pays partenaire", "pays partenaires")},{" "}
          {plural(totals.collectivites, "collectivité", "collectivités")} et{" "}
          <strong data-total="funding">{formatEuros(totals.fundingTotal)}</strong> de financements déclarés
          ({plural(totals.fundingRows, "ligne", "lignes")} de financement). Chaque nombre mène aux projets qu&apos;il compte.
        </p>
        <nav aria-label="Sur cette page" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li><a href="#thematiques">Par thématique</a></li>
            <li><a href="#pays">Par pays</a></li>
            <li><a href="#annees">Par année de début</a></li>
            <li><a href="#statuts">Par statut</a></li>
            <li><a href="#financement-annee">Financement par année</a></li>
            <li><a href="#financement-type">Financement par type de financeur</a></li>
          </ul>
        </nav>
      </header>

      <Section id="thematiques" title="Projets par thématique principale">
        <div className="grid gap-6 lg:grid-cols-2">
          <HorizontalBarChart data={themes.map((t) => ({ label: t.label, value: t.count }))} title="Nombre de projets par thématique principale" />
          <CountTable
            caption="Projets par thématique principale et sous-thématique (chaque projet compte une fois, dans sa thématique principale)"
            head={["Thématique", "Projets"]}
            rows={thematicRows}
            footer={{ label: "Total", value: totals.projects }}
          />
        </div>
      </Section>

      <Section id="pays" title="Projets par pays partenaire">
        <p className="mb-3 max-w-prose text-sm text-slate-700">
          Un projet compte dans chaque pays où il a un partenaire : la somme dépasse donc le nombre de projets.
        </p>
        <div className="grid gap-6 lg:grid-cols-2">
          <HorizontalBarChart
            data={countries.slice(0, TOP_COUNTRIES).map((c) => ({ label: c.name, value: c.count }))}
            title={`Les ${Math.min(TOP_COUNTRIES, countries.length)} pays comptant le plus de projets`}
          />
          <CountTable
            caption={`Tous les pays partenaires (${countries.length})`}
            head={["Pays", "Projets"]}
            rows={countries.map((c) => ({ key: c.code, label: <Link href={`/pays/${c.code}`}>{c.name}</Link>, value: c.count, href: search({ country: [c.code] }) }))}
          />
        </div>
      </Section>

      <Section id="annees" title="Projets par année de début">
        <div className="grid gap-6 lg:grid-cols-2">
          <HorizontalBarChart
            data={years.filter((y) => y.year !== null).map((y) => ({ label: String(y.year), value: y.count }))}
            title="Nombre de projets par année de début"
          />
          <CountTable
            caption="Projets par année de début"
            head={["Année", "Projets"]}
            rows={years.map((y) =>
              y.year === null
                ? { key: "none", label: "Non précisée", value: y.count }
                : { key: String(y.year), label: String(y.year), value: y.count, href: search({ from: y.year, to: y.year }) },
            )}
            footer={{ label: "Total", value: totals.projects }}
          />
        </div>
      </Section>

      <Section id="statuts" title="Projets par statut">
        <div className="grid gap-6 lg:grid-cols-2">
          <HorizontalBarChart data={statuses.map((s) => ({ label: s.status ?? "Non précisé", value: s.count }))} title="Nombre de projets par statut" />
          <CountTable
            caption="Projets par statut"
            head={["Statut", "Projets"]}
            rows={statuses.map((s) =>
              s.status === null
                ? { key: "none", label: "Non précisé", value: s.count }
                : { key: s.status, label: s.status, value: s.count, href: search({ status: [s.status] }) },
            )}
            footer={{ label: "Total", value: totals.projects }}
          />
        </div>
      </Section>

      <Section id="financement-annee" title="Financement par année">
        <p className="mb-3 max-w-prose text-sm text-slate-700">
          Année de chaque ligne de financement des fiches (et non année de début du projet). Les en-têtes mènent aux projets financés par ce type de financeur.
        </p>
        <FundingByYear rows={fundingYears} caption="Financement déclaré par année et type de financeur" kindHref={(kind) => search({ funder: [kind as FunderKind] })} />
      </Section>

      <Section id="financement-type" title="Financement par type de financeur">
        <div className="grid gap-6 lg:grid-cols-2">
          <HorizontalBarChart data={fundingKinds.map((k) => ({ label: funderKindLabel(k.kind), value: k.amount }))} title="Montant total par type de financeur, en euros" unit="€" />
          <div className="space-y-4">
            <CountTable
              caption="Montant total par type de financeur"
              head={["Type de financeur", "Montant"]}
              rows={fundingKinds.map((k) => ({ key: k.kind, label: funderKindLabel(k.kind), value: k.amount }))}
              format={formatEuros}
              footer={{ label: "Total", value: totals.fundingTotal }}
            />
            <CountTable
              caption="Projets financés par type de financeur"
              head={["Type de financeur", "Projets"]}
              rows={fundingKinds.map((k) => ({ key: k.kind, label: funderKindLabel(k.kind), value: k.projectCount, href: search({ funder: [k.kind as FunderKind] }) }))}
            />
          </div>
        </div>
        {totals.waterTotal > 0 && <p className="mt-3 text-sm">Dont montants 1 % eau (loi Oudin) : {formatEuros(totals.waterTotal)}</p>}
      </Section>
    </div>
  );
}
