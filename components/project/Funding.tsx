import { useLocale, useTranslations } from "next-intl";
import { funderKindColors } from "@/components/charts/funder-kind-colors";
import { StackedBarChart } from "@/components/charts/StackedBarChart";
import { funderKindName } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/page-data/project";
import { FundingTable } from "./FundingTable";
import { fundingChartData, fundingRowsOf } from "./funding-rows";

/** The project's funding by year: a chart by funder kind, then every funder in a table. */
export function Funding({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project.funding");
  const locale = useLocale() as Locale;
  const rows = fundingRowsOf(project.funding);
  if (rows.length === 0) return <p className="text-slate-600">{t("none")}</p>;
  return (
    <div className="space-y-4">
      <StackedBarChart
        data={fundingChartData(rows, (kind) => funderKindName(kind, locale))}
        colors={funderKindColors(locale)}
        title={t("chartTitle")}
      />
      <FundingTable rows={rows} />
    </div>
  );
}
