import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import type { CountryProject as LinkedProject } from "@/lib/page-data/country";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { countryLabel, statusLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A compact list of projects where every collectivité and country named links to its page
 * (the search's result list names them as plain text).
 */

export function ProjectLinks({ projects, highlightCountry }: { projects: LinkedProject[]; highlightCountry?: string }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("places");
  const lang = contentLang(locale);
  return (
    <ol className="space-y-3">
      {projects.map((p) => (
        <li key={p.slug} className="rounded-lg border border-slate-200 p-3 text-sm">
          <h3 className="text-base font-semibold leading-snug" lang={lang}>
            <Link href={`/projets/${p.slug}`}>{p.title}</Link>
          </h3>
          <p className="mt-1 text-slate-700">
            <LinkSeries
              items={p.french.map((f, i) => ({
                key: `${f.slug}-${i}`,
                href: `/collectivites/${f.slug}`,
                label: <span lang={lang}>{f.name}</span>,
              }))}
            />
            {p.countries.length > 0 && " → "}
            {p.countries.map((c, i) => {
              const name = countryLabel(c.code, c.name, locale);
              return (
                <span key={c.code}>
                  {i > 0 && ", "}
                  {c.code === highlightCountry ? <strong>{name}</strong> : <Link href={`/pays/${c.code}`}>{name}</Link>}
                </span>
              );
            })}
          </p>
          <p className="mt-1 text-xs text-slate-700">
            {[p.status && statusLabel(p.status, locale), p.startYear ? t("since", { year: String(p.startYear) }) : null]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </li>
      ))}
    </ol>
  );
}
