import { useLocale, useTranslations } from "next-intl";
import { numberFormats } from "@/components/charts/number-format";
import type { FunderKind } from "@/lib/domain/funder-kinds";
import { funderKindName } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { FunderKindStat, StatsTotals } from "@/lib/page-data/statistics";
import { CountTable } from "./CountTable";
import { HorizontalBarChart } from "./HorizontalBarChart";
import { statsSearchHref } from "./stats-rows";

/** Amounts and funded projects by funder kind, and the 1 % water share. */
export function FundingByKind({ kinds, totals }: { kinds: FunderKindStat[]; totals: StatsTotals }) {
  const t = useTranslations("statistics");
  const tCharts = useTranslations("charts");
  const locale = useLocale() as Locale;
  const { euros } = numberFormats(locale);
  const name = (kind: string) => funderKindName(kind, locale);
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-2">
        <HorizontalBarChart
          data={kinds.map((k) => ({ label: name(k.kind), value: k.amount }))}
          title={t("kinds.chartTitle")}
          unit="€"
        />
        <div className="space-y-4">
          <CountTable
            caption={t("kinds.amountCaption")}
            head={[t("kinds.head"), t("kinds.amount")]}
            rows={kinds.map((k) => ({ key: k.kind, label: name(k.kind), value: k.amount }))}
            format={euros}
            footer={{ label: t("total"), value: totals.fundingTotal }}
          />
          <CountTable
            caption={t("kinds.projectsCaption")}
            head={[t("kinds.head"), t("projects")]}
            rows={kinds.map((k) => ({
              key: k.kind,
              label: name(k.kind),
              value: k.projectCount,
              href: statsSearchHref({ funder: [k.kind as FunderKind] }),
            }))}
          />
        </div>
      </div>
      {totals.waterTotal > 0 && (
        <p className="mt-3 text-sm">{tCharts("waterShare", { amount: euros(totals.waterTotal) })}</p>
      )}
    </>
  );
}
