import { Link } from "@/components/navigation/Link";
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
  const themes = thematics.filter((t) => t.level === 1);
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <HorizontalBarChart
          data={themes.map((t) => ({ label: t.label, value: t.count }))}
          title="Nombre de projets par thématique principale"
        />
        <CountTable
          caption="Projets par thématique principale (chaque projet compte une fois)"
          head={["Thématique", "Projets"]}
          rows={themeRows(thematics, totals.projects)}
          footer={{ label: "Total", value: totals.projects }}
        />
      </div>
      <div>
        <h3 className="mb-2 font-semibold">Sous-thématiques</h3>
        <div className="grid gap-2 lg:grid-cols-2">
          {themes.map((theme) => {
            const rows = subThemeRows(thematics, theme.id);
            if (rows.length === 0) return null;
            return (
              <details key={theme.id} className="rounded border border-slate-200 p-2">
                <summary className="cursor-pointer font-medium">
                  {theme.label} : {rows.length} {rows.length > 1 ? "sous-thématiques" : "sous-thématique"}
                </summary>
                <CountTable
                  caption={`Projets de la thématique « ${theme.label} » par sous-thématique`}
                  head={["Sous-thématique", "Projets"]}
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
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <HorizontalBarChart
        data={countries.slice(0, TOP_COUNTRIES).map((c) => ({ label: c.name, value: c.count }))}
        title={`Les ${Math.min(TOP_COUNTRIES, countries.length)} pays comptant le plus de projets`}
      />
      <CountTable
        caption={`Tous les pays partenaires (${countries.length})`}
        head={["Pays", "Projets"]}
        rows={countries.map((c) => ({
          key: c.code,
          label: <Link href={`/pays/${c.code}`}>{c.name}</Link>,
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
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <HorizontalBarChart
        data={years.filter((y) => y.year !== null).map((y) => ({ label: String(y.year), value: y.count }))}
        title="Nombre de projets par année de début"
      />
      <CountTable
        caption="Projets par année de début"
        head={["Année", "Projets"]}
        rows={yearRows(years)}
        footer={{ label: "Total", value: totals.projects }}
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
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <HorizontalBarChart
        data={statuses.map((s) => ({ label: s.status ?? "Non précisé", value: s.count }))}
        title="Nombre de projets par statut"
      />
      <CountTable
        caption="Projets par statut"
        head={["Statut", "Projets"]}
        rows={statusRows(statuses)}
        footer={{ label: "Total", value: totals.projects }}
      />
    </div>
  );
}
