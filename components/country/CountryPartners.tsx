import Link from "next/link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { ListPager } from "@/components/layout/ListPager";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import type { CountryPartner, CountrySummary } from "@/lib/page-data/country";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";
import { plural } from "@/lib/text/format";
import { countryPlaces } from "./country-links";

/** French collectivités named beside each partner before "et N autres". */
const FRENCH_PER_PARTNER = 5;

/** The country's partner collectivités on a map (all) and in a list (one page), each with the French collectivités it works with. */
export function CountryPartners({
  country,
  partners,
  paging,
}: {
  country: CountrySummary;
  partners: CountryPartner[];
  paging: ListPaging;
}) {
  if (partners.length === 0)
    return (
      <p className="text-sm text-slate-600">Aucune collectivité de ce pays n&apos;est partenaire d&apos;un projet.</p>
    );
  const shown = pageOf(partners, paging.page);
  return (
    <div className="space-y-4">
      <PlacesMiniMap
        places={countryPlaces(partners, country.code, country.name)}
        label={`Carte des collectivités partenaires en ${country.name}`}
        listed={partners.length}
        empty="Aucune de ces collectivités n'a de position connue."
      />
      <ul className="grid gap-2 sm:grid-cols-2">
        {shown.items.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-3 text-sm">
            <Link href={`/collectivites/${p.slug}`} className="font-medium">
              {p.name}
            </Link>
            <span className="text-slate-700"> · {plural(p.projectCount, "projet", "projets")}</span>
            {p.frenchPartners.length > 0 && (
              <p className="mt-1 text-slate-700">
                Avec{" "}
                <LinkSeries
                  items={p.frenchPartners
                    .slice(0, FRENCH_PER_PARTNER)
                    .map((f) => ({ key: f.slug, href: `/collectivites/${f.slug}`, label: f.name }))}
                />
                {p.frenchPartners.length > FRENCH_PER_PARTNER &&
                  ` et ${plural(p.frenchPartners.length - FRENCH_PER_PARTNER, "autre", "autres")}`}
              </p>
            )}
          </li>
        ))}
      </ul>
      <ListPager list={shown} label="collectivités partenaires" hrefFor={paging.hrefFor} />
    </div>
  );
}
