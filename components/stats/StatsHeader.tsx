import { useLocale, useTranslations } from "next-intl";
import { numberFormats } from "@/components/charts/number-format";
import type { Locale } from "@/lib/i18n/routing";
import type { StatsTotals } from "@/lib/page-data/statistics";

/** The page's sections, by the ids of its <Section>s. */
const SECTIONS = [
  ["thematiques", "themes"],
  ["pays", "countries"],
  ["annees", "years"],
  ["statuts", "statuses"],
  ["financement-annee", "fundingByYear"],
  ["financement-type", "fundingByKind"],
] as const;

/** The atlas in figures, and the page's table of contents. */
export function StatsHeader({ totals }: { totals: StatsTotals }) {
  const t = useTranslations("statistics");
  const { euros } = numberFormats(useLocale() as Locale);
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">{t("title")}</h1>
      <p className="max-w-prose text-slate-700">
        {t.rich("summary", {
          projects: totals.projects,
          countries: totals.countries,
          collectivites: totals.collectivites,
          rows: totals.fundingRows,
          funding: euros(totals.fundingTotal),
          strong: (chunks) => <strong data-total="funding">{chunks}</strong>,
        })}
      </p>
      <nav aria-label={t("nav.label")} className="text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`nav.${key}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
