import { funderKindLabel, type FunderKind } from "@/lib/domain/funder-kinds";
import { formatEuros } from "@/lib/domain/funding-matrix";
import type { FunderKindStat, StatsTotals } from "@/lib/page-data/statistics";
import { CountTable } from "./CountTable";
import { HorizontalBarChart } from "./HorizontalBarChart";
import { statsSearchHref } from "./stats-rows";

/** Amounts and funded projects by funder kind, and the 1 % water share. */
export function FundingByKind({ kinds, totals }: { kinds: FunderKindStat[]; totals: StatsTotals }) {
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        <HorizontalBarChart
          data={kinds.map((k) => ({ label: funderKindLabel(k.kind), value: k.amount }))}
          title="Montant total par type de financeur, en euros"
          unit="€"
        />
        <div className="space-y-4">
          <CountTable
            caption="Montant total par type de financeur"
            head={["Type de financeur", "Montant"]}
            rows={kinds.map((k) => ({ key: k.kind, label: funderKindLabel(k.kind), value: k.amount }))}
            format={formatEuros}
            footer={{ label: "Total", value: totals.fundingTotal }}
          />
          <CountTable
            caption="Projets financés par type de financeur"
            head={["Type de financeur", "Projets"]}
            rows={kinds.map((k) => ({
              key: k.kind,
              label: funderKindLabel(k.kind),
              value: k.projectCount,
              href: statsSearchHref({ funder: [k.kind as FunderKind] }),
            }))}
          />
        </div>
      </div>
      {totals.waterTotal > 0 && (
        <p className="mt-3 text-sm">Dont montants 1 % eau (loi Oudin) : {formatEuros(totals.waterTotal)}</p>
      )}
    </>
  );
}
