import { Link } from "@/components/navigation/Link";
import { FeedLink } from "@/components/standards/FeedLink";
import type { CountrySummary } from "@/lib/page-data/country";
import { plural } from "@/lib/text/format";
import { countrySearchHref } from "./country-links";

/** Breadcrumb, name, the country's figures and the page's table of contents. */
export function CountryHeader({
  country,
  partnerCount,
  frenchCount,
  postCount,
}: {
  country: CountrySummary;
  partnerCount: number;
  frenchCount: number;
  postCount: number;
}) {
  return (
    <header className="space-y-3">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/projets">Projets</Link> › <span>Pays</span>
      </nav>
      <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">{country.name}</h1>
      <p className="text-slate-700">
        <Link href={countrySearchHref(country.code)}>{plural(country.projectCount, "projet", "projets")}</Link> avec{" "}
        {plural(partnerCount, "collectivité partenaire", "collectivités partenaires")} et{" "}
        {plural(frenchCount, "collectivité française", "collectivités françaises")} ·{" "}
        {plural(postCount, "poste diplomatique", "postes diplomatiques")}
      </p>
      <p>
        <FeedLink params={{ country: [country.code] }} />
      </p>
      <nav aria-label="Sur cette page" className="text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a href="#projets">Projets</a>
          </li>
          <li>
            <a href="#partenaires">Collectivités partenaires</a>
          </li>
          <li>
            <a href="#collectivites-francaises">Collectivités françaises</a>
          </li>
          <li>
            <a href="#financement">Financement</a>
          </li>
          <li>
            <a href="#postes">Postes et contacts</a>
          </li>
          <li>
            <a href="#thematiques">Thématiques</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
