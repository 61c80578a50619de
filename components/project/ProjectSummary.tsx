import { Link } from "@/components/navigation/Link";
import { fundingMatrix, formatEuros } from "@/lib/domain/funding-matrix";
import type { ProjectDetail } from "@/lib/page-data/project";
import { fundingRowsOf } from "./funding-rows";
import { thematicPath } from "./thematic-path";

/** The sections the summary leads to, in page order (ids of the page's <Section>s). */
const SECTION_LINKS: [id: string, label: string][] = [
  ["financement", "Financement"],
  ["partenaires", "Partenaires"],
  ["carte-partenaires", "Carte"],
  ["description", "Description"],
  ["mise-en-oeuvre", "Mise en œuvre"],
  ["contacts", "Contacts"],
  ["documents", "Documents"],
  ["projets-lies", "Projets liés"],
];

/** "2020–2023", "2020", or null: the span of the years given (unknown years left out). */
function yearSpan(years: (number | null)[]): string | null {
  const known = years.filter((y): y is number => y !== null);
  if (known.length === 0) return null;
  const first = Math.min(...known);
  const last = Math.max(...known);
  return first === last ? String(first) : `${first}–${last}`;
}

function fundingFigure(project: ProjectDetail): string | null {
  const rows = fundingRowsOf(project.funding);
  if (rows.length === 0) return null;
  const m = fundingMatrix(rows);
  const span = yearSpan(m.years);
  return span ? `${formatEuros(m.total)} (${span})` : formatEuros(m.total);
}

function statusFigure(project: ProjectDetail): string | null {
  const span = yearSpan([project.startYear, project.endDate?.getUTCFullYear() ?? null]);
  if (!project.status) return span;
  return span ? `${project.status} · ${span}` : project.status;
}

/** Distinct partner countries, in the fiche's order, linked when the country is known. */
function partnerCountries(project: ProjectDetail) {
  const seen = new Map<string, { code: string | null; label: string }>();
  for (const p of project.partners) {
    if (p.role !== "foreign") continue;
    const label = p.countryLabel ?? p.collectivite.countryCode;
    if (label && !seen.has(label)) seen.set(label, { code: p.collectivite.countryCode, label });
  }
  return [...seen.values()];
}

/** The project's key figures first (funding, lead collectivité, countries, status, thematic), with the way to each section. */
export function ProjectSummary({ project }: { project: ProjectDetail }) {
  const lead = project.partners.find((p) => p.role === "french");
  const countries = partnerCountries(project);
  const theme = thematicPath(project.thematic);
  const figures: [id: string, label: string, value: React.ReactNode][] = [
    ["financement", "Financement total", fundingFigure(project)],
    [
      "porteur",
      "Collectivité porteuse",
      lead && <Link href={`/collectivites/${lead.collectivite.slug}`}>{lead.nameAsWritten}</Link>,
    ],
    [
      "pays",
      countries.length > 1 ? "Pays partenaires" : "Pays partenaire",
      countries.length > 0 &&
        countries.map((c, i) => (
          <span key={c.label}>
            {i > 0 && ", "}
            {c.code ? <Link href={`/pays/${c.code}`}>{c.label}</Link> : c.label}
          </span>
        )),
    ],
    ["statut", "Statut", statusFigure(project)],
    ["thematique", "Thématique", theme.length > 0 ? theme.join(" › ") : null],
  ];
  return (
    <section aria-labelledby="en-bref" className="rounded-lg border border-marine-100 bg-marine-50 p-4">
      <h2 id="en-bref" className="sr-only">
        En bref
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
        {figures.map(([id, label, value]) => (
          <div key={id} data-figure={id}>
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="font-semibold text-marine-800">
              {value || <span className="font-normal text-slate-600">Non renseigné</span>}
            </dd>
          </div>
        ))}
      </dl>
      <nav aria-label="Sections du projet" className="mt-4 border-t border-marine-100 pt-3 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {SECTION_LINKS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </section>
  );
}
