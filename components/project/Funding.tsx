import { StackedBarChart } from "@/components/charts/StackedBarChart";
import { FUNDER_KIND_COLORS_BY_LABEL } from "@/lib/domain/funder-kinds";
import type { ProjectDetail } from "@/lib/page-data/project";
import { FundingTable } from "./FundingTable";
import { fundingChartData, fundingRowsOf } from "./funding-rows";

/** The project's funding by year: a chart by funder kind, then every funder in a table. */
export function Funding({ project }: { project: ProjectDetail }) {
  const rows = fundingRowsOf(project.funding);
  if (rows.length === 0) return <p className="text-slate-600">Aucun financement renseigné.</p>;
  return (
    <div className="space-y-4">
      <StackedBarChart
        data={fundingChartData(rows)}
        colors={FUNDER_KIND_COLORS_BY_LABEL}
        title="Financement par année et type de financeur, en euros"
      />
      <FundingTable rows={rows} />
    </div>
  );
}
