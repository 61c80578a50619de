import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { statusLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { Figure } from "./figures";

const NUMBER = "text-2xl font-bold tabular-nums text-marine-800";
const LABEL = "text-sm text-slate-800";

/** A figure's number and label: a count's message holds both (`<n>#</n><l>projets</l>`), so they agree. */
function FigureText({ figure }: { figure: Figure }) {
  const t = useTranslations("home.figures");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  if (figure.kind === "funding") {
    const { years } = figure;
    return (
      <>
        <span className={NUMBER}>
          {format.number(figure.value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 })}
        </span>
        <span className={LABEL}>{t("funding")}</span>
        {years && (
          <span className="text-xs text-slate-600">
            {years.from === years.to ? t("fundingYear", { year: years.from }) : t("fundingYears", years)}
          </span>
        )}
      </>
    );
  }
  return t.rich(figure.message, {
    count: figure.value,
    status: figure.status ? statusLabel(figure.status, locale) : "",
    n: (chunks) => <span className={NUMBER}>{chunks}</span>,
    l: (chunks) => <span className={LABEL}>{chunks}</span>,
  });
}

/** The atlas in figures: each card is a link to the search (or the page) that lists what it counts. */
export function HomeFigures({ figures, lastImport }: { figures: Figure[]; lastImport: Date | null }) {
  const t = useTranslations("home.figures");
  const format = useFormatter();
  return (
    <section aria-labelledby="chiffres" className="space-y-3">
      <h2 id="chiffres" className="text-xl font-semibold text-marine-800">
        {t("title")}
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {figures.map((f) => (
          <li key={f.key} className={f.kind === "funding" ? "col-span-2 sm:col-span-1" : undefined}>
            <Link
              href={f.href}
              data-figure={f.key}
              className="flex h-full flex-col rounded-lg border border-slate-200 p-3 no-underline shadow-sm hover:border-marine-600"
            >
              <FigureText figure={f} />
            </Link>
          </li>
        ))}
      </ul>
      {lastImport && (
        <p className="text-sm text-slate-700">
          {t("lastImport")}{" "}
          <time dateTime={lastImport.toISOString()} data-last-import="">
            {format.dateTime(lastImport, { dateStyle: "long" })}
          </time>
        </p>
      )}
    </section>
  );
}
