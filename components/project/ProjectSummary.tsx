import { useLocale, useTranslations } from "next-intl";
import { numberFormats } from "@/components/charts/number-format";
import { Link } from "@/components/navigation/Link";
import { fundingMatrix } from "@/lib/domain/funding-matrix";
import { countryLabel, statusLabel, thematicLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/page-data/project";
import { fundingRowsOf } from "./funding-rows";
import { thematicPath } from "./thematic-path";

/** The sections the summary leads to, in page order (ids of the page's <Section>s → message keys). */
const SECTION_LINKS = [
  ["financement", "funding"],
  ["partenaires", "partners"],
  ["carte-partenaires", "map"],
  ["description", "description"],
  ["mise-en-oeuvre", "implementation"],
  ["contacts", "contacts"],
  ["documents", "documents"],
  ["projets-lies", "related"],
] as const;

/** "2020–2023", "2020", or null: the span of the years given (unknown years left out). */
function yearSpan(years: (number | null)[]): string | null {
  const known = years.filter((y): y is number => y !== null);
  if (known.length === 0) return null;
  const first = Math.min(...known);
  const last = Math.max(...known);
  return first === last ? String(first) : `${first}–${last}`;
}

function fundingFigure(project: ProjectDetail, locale: Locale): string | null {
  const rows = fundingRowsOf(project.funding);
  if (rows.length === 0) return null;
  const m = fundingMatrix(rows);
  const span = yearSpan(m.years);
  const total = numberFormats(locale).euros(m.total);
  return span ? `${total} (${span})` : total;
}

function statusFigure(project: ProjectDetail, locale: Locale): string | null {
  const span = yearSpan([project.startYear, project.endDate?.getUTCFullYear() ?? null]);
  if (!project.status) return span;
  const status = statusLabel(project.status, locale);
  return span ? `${status} · ${span}` : status;
}

/** Distinct partner countries, in the fiche's order, linked when the country is known. */
function partnerCountries(project: ProjectDetail, locale: Locale) {
  const seen = new Map<string, { code: string | null; label: string }>();
  for (const p of project.partners) {
    if (p.role !== "foreign") continue;
    const given = p.countryLabel ?? p.collectivite.countryCode;
    if (!given) continue;
    const label = countryLabel(p.collectivite.countryCode, given, locale);
    if (!seen.has(label)) seen.set(label, { code: p.collectivite.countryCode, label });
  }
  return [...seen.values()];
}

/** The project's key figures first (funding, lead collectivité, countries, status, thematic), with the way to each section. */
export function ProjectSummary({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project");
  const locale = useLocale() as Locale;
  const lead = project.partners.find((p) => p.role === "french");
  const countries = partnerCountries(project, locale);
  const theme = thematicPath(project.thematic).map((label) => thematicLabel(label, locale));
  const figures: [id: string, label: string, value: React.ReactNode][] = [
    ["financement", t("summary.totalFunding"), fundingFigure(project, locale)],
    [
      "porteur",
      t("summary.lead"),
      lead && (
        <Link href={`/collectivites/${lead.collectivite.slug}`} lang={contentLang(locale)}>
          {lead.nameAsWritten}
        </Link>
      ),
    ],
    [
      "pays",
      countries.length > 1 ? t("summary.countryMany") : t("summary.countryOne"),
      countries.length > 0 &&
        countries.map((c, i) => (
          <span key={c.label}>
            {i > 0 && ", "}
            {c.code ? <Link href={`/pays/${c.code}`}>{c.label}</Link> : c.label}
          </span>
        )),
    ],
    ["statut", t("summary.status"), statusFigure(project, locale)],
    ["thematique", t("summary.thematic"), theme.length > 0 ? theme.join(" › ") : null],
  ];
  return (
    <section aria-labelledby="en-bref" className="rounded-lg border border-marine-100 bg-marine-50 p-4">
      <h2 id="en-bref" className="sr-only">
        {t("summary.inBrief")}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        {figures.map(([id, label, value]) => (
          <div key={id} data-figure={id}>
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="font-semibold text-marine-800">
              {value || <span className="font-normal text-slate-600">{t("notProvided")}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <nav aria-label={t("summary.sectionsLabel")} className="mt-4 border-t border-marine-100 pt-3 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {SECTION_LINKS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`summary.links.${key}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
