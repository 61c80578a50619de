import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/layout/Section";
import { FundingByKind } from "@/components/stats/FundingByKind";
import { FundingByYear } from "@/components/stats/FundingByYear";
import { CountryCounts, StatusCounts, ThematicCounts, YearCounts } from "@/components/stats/ProjectCounts";
import { StatsHeader } from "@/components/stats/StatsHeader";
import { statsSearchHref } from "@/components/stats/stats-rows";
import type { FunderKind } from "@/lib/domain/funder-kinds";
import { statisticsPage } from "@/lib/page-data/statistics";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("statistics");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

// The figures change with each import; never serve a build-time snapshot.
export const dynamic = "force-dynamic";

export default async function StatisticsPage() {
  const { totals, thematics, countries, years, statuses, fundingYears, fundingKinds } = await statisticsPage();
  const t = await getTranslations("statistics.sections");

  return (
    <div className="space-y-10 [&_a]:underline">
      <StatsHeader totals={totals} />
      <Section id="thematiques" title={t("themes")}>
        <ThematicCounts thematics={thematics} totals={totals} />
      </Section>
      <Section id="pays" title={t("countries")}>
        <p className="mb-3 max-w-prose text-sm text-slate-700">{t("countriesNote")}</p>
        <CountryCounts countries={countries} />
      </Section>
      <Section id="annees" title={t("years")}>
        <YearCounts years={years} totals={totals} />
      </Section>
      <Section id="statuts" title={t("statuses")}>
        <StatusCounts statuses={statuses} totals={totals} />
      </Section>
      <Section id="financement-annee" title={t("fundingByYear")}>
        <p className="mb-3 max-w-prose text-sm text-slate-700">{t("fundingByYearNote")}</p>
        <FundingByYear
          rows={fundingYears}
          caption={t("fundingCaption")}
          kindHref={(kind) => statsSearchHref({ funder: [kind as FunderKind] })}
        />
      </Section>
      <Section id="financement-type" title={t("fundingByKind")}>
        <FundingByKind kinds={fundingKinds} totals={totals} />
      </Section>
    </div>
  );
}
