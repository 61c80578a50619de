import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { countryLabel, statusLabel, thematicLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { CountryStat, StatsTotals, ThematicStat } from "@/lib/page-data/statistics";
import { CountTable } from "./CountTable";
import { HorizontalBarChart } from "./HorizontalBarChart";
import { statsSearchHref, statusRows, subThemeRows, themeRows, yearRows } from "./stats-rows";

const TOP_COUNTRIES = 20;

/**
 * Projects by primary theme: one level of the thematic tree at a time. The chart and the table
 * count the themes; each theme's sub-themes open on demand, in a table of their own.
 */
export function ThematicCounts({ thematics, totals }: { thematics: ThematicStat[]; totals: StatsTotals }) {
  const t = useTranslations("statistics");
  const locale = useLocale() as Locale;
  const themes = thematics.filter((theme) => theme.level === 1);
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <HorizontalBarChart
          data={themes.map((theme) => ({ label: thematicLabel(theme.label, locale), value: theme.count }))}
          title={t("themes.chartTitle")}
        />
        <CountTable
          caption={t("themes.caption")}
          head={[t("themes.head"), t("projects")]}
          rows={themeRows(thematics, totals.projects, locale, t("themes.unclassified"))}
          footer={{ label: t("total"), value: totals.projects }}
        />
      </div>
      <div>
        <h3 className="mb-2 font-semibold">{t("themes.subThemes")}</h3>
        <div className="grid gap-2 lg:grid-cols-2">
          {themes.map((theme) => {
            const rows = subThemeRows(thematics, theme.id, locale);
            if (rows.length === 0) return null;
            const name = thematicLabel(theme.label, locale);
            return (
              <details key={theme.id} className="rounded border border-slate-200 p-2">
                <summary className="cursor-pointer font-medium">
                  {t("themes.subThemeSummary", { theme: name, count: rows.length })}
                </summary>
                <CountTable
                  caption={t("themes.subThemeCaption", { theme: name })}
                  head={[t("themes.subThemeHead"), t("projects")]}
                  rows={rows}
                />
              </details>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** Projects by partner country: the first ones charted, all of them in the table. */
export function CountryCounts({ countries }: { countries: CountryStat[] }) {
  const t = useTranslations("statistics");
  const locale = useLocale() as Locale;
  const name = (c: CountryStat) => countryLabel(c.code, c.name, locale);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <HorizontalBarChart
        data={countries.slice(0, TOP_COUNTRIES).map((c) => ({ label: name(c), value: c.count }))}
        title={t("countries.chartTitle", { count: Math.min(TOP_COUNTRIES, countries.length) })}
      />
      <CountTable
        caption={t("countries.caption", { count: countries.length })}
        head={[t("countries.head"), t("projects")]}
        rows={countries.map((c) => ({
          key: c.code,
          label: <Link href={`/pays/${c.code}`}>{name(c)}</Link>,
          value: c.count,
          href: statsSearchHref({ country: [c.code] }),
        }))}
      />
    </div>
  );
}

export function YearCounts({
  years,
  totals,
}: {
  years: { year: number | null; count: number }[];
  totals: StatsTotals;
}) {
  const t = useTranslations("statistics");
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <HorizontalBarChart
        data={years.filter((y) => y.year !== null).map((y) => ({ label: String(y.year), value: y.count }))}
        title={t("years.chartTitle")}
      />
      <CountTable
        caption={t("years.caption")}
        head={[t("years.head"), t("projects")]}
        rows={yearRows(years, t("years.unknown"))}
        footer={{ label: t("total"), value: totals.projects }}
      />
    </div>
  );
}

export function StatusCounts({
  statuses,
  totals,
}: {
  statuses: { status: string | null; count: number }[];
  totals: StatsTotals;
}) {
  const t = useTranslations("statistics");
  const locale = useLocale() as Locale;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <HorizontalBarChart
        data={statuses.map((s) => ({
          label: s.status === null ? t("statuses.unknown") : statusLabel(s.status, locale),
          value: s.count,
        }))}
        title={t("statuses.chartTitle")}
      />
      <CountTable
        caption={t("statuses.caption")}
        head={[t("statuses.head"), t("projects")]}
        rows={statusRows(statuses, locale, t("statuses.unknown"))}
        footer={{ label: t("total"), value: totals.projects }}
      />
    </div>
  );
}
