import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { ProjectLinks } from "@/components/places/ProjectLinks";
import type { CountryProject, CountrySummary } from "@/lib/page-data/country";
import { countrySearchHref } from "./country-links";

/** The country's newest projects, and a link to all of them in the search. */
export function CountryProjects({ country, projects }: { country: CountrySummary; projects: CountryProject[] }) {
  const t = useTranslations("country.projects");
  if (projects.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <>
      <ProjectLinks projects={projects} highlightCountry={country.code} />
      {country.projectCount > projects.length && (
        <p className="mt-3">
          <Link href={countrySearchHref(country.code)}>{t("seeAll", { count: String(country.projectCount) })}</Link>
        </p>
      )}
    </>
  );
}
