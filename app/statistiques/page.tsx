import type { Metadata } from "next";
import { Section } from "@/components/layout/Section";
import { FundingByKind } from "@/components/stats/FundingByKind";
import { FundingByYear } from "@/components/stats/FundingByYear";
import { CountryCounts, StatusCounts, ThematicCounts, YearCounts } from "@/components/stats/ProjectCounts";
import { StatsHeader } from "@/components/stats/StatsHeader";
import { statsSearchHref } from "@/components/stats/stats-rows";
import type { FunderKind } from "@/lib/domain/funder-kinds";
import { statisticsPage } from "@/lib/page-data/statistics";

export const metadata: Metadata = {
  title: "Statistiques",
  description:
    "Les projets de coopération décentralisée par thématique, pays, année et statut, et leurs financements par année et type de financeur.",
};

// The figures change with each import; never serve a build-time snapshot.
export const dynamic = "force-dynamic";

export default async function StatisticsPage() {
  const { totals, thematics, countries, years, statuses, fundingYears, fundingKinds } = await statisticsPage();

  return (
    <div className="space-y-10 [&_a]:underline">
      <StatsHeader totals={totals} />
      <Section id="thematiques" title="Projets par thématique principale">
        <ThematicCounts thematics={thematics} totals={totals} />
      </Section>
      <Section id="pays" title="Projets par pays partenaire">
        <p className="mb-3 max-w-prose text-sm text-slate-700">
          Un projet compte dans chaque pays où il a un partenaire : la somme dépasse donc le nombre de projets.
        </p>
        <CountryCounts countries={countries} />
      </Section>
      <Section id="annees" title="Projets par année de début">
        <YearCounts years={years} totals={totals} />
      </Section>
      <Section id="statuts" title="Projets par statut">
        <StatusCounts statuses={statuses} totals={totals} />
      </Section>
      <Section id="financement-annee" title="Financement par année">
        <p className="mb-3 max-w-prose text-sm text-slate-700">
          Année de chaque ligne de financement des fiches (et non année de début du projet). Les en-têtes mènent aux
          projets financés par ce type de financeur.
        </p>
        <FundingByYear
          rows={fundingYears}
          caption="Financement déclaré par année et type de financeur"
          kindHref={(kind) => statsSearchHref({ funder: [kind as FunderKind] })}
        />
      </Section>
      <Section id="financement-type" title="Financement par type de financeur">
        <FundingByKind kinds={fundingKinds} totals={totals} />
      </Section>
    </div>
  );
}
