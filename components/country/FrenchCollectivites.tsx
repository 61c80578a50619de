import Link from "next/link";
import { ListPager } from "@/components/layout/ListPager";
import type { InvolvedFrenchCollectivite } from "@/lib/page-data/country";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";
import { plural } from "@/lib/text/format";
import { countrySearchHref } from "./country-links";

/** The French collectivités of the country's projects, most engaged first, one page at a time. */
export function FrenchCollectivites({
  code,
  french,
  paging,
}: {
  code: string;
  french: InvolvedFrenchCollectivite[];
  paging: ListPaging;
}) {
  if (french.length === 0) return <p className="text-sm text-slate-600">Aucune collectivité française renseignée.</p>;
  const shown = pageOf(french, paging.page);
  return (
    <>
      <ul className="grid gap-1 sm:grid-cols-2">
        {shown.items.map((f) => (
          <li key={f.id} className="text-sm">
            <Link href={`/collectivites/${f.slug}`} className="font-medium">
              {f.name}
            </Link>
            {f.regionName && <span className="text-slate-700"> ({f.regionName})</span>}
            {" · "}
            <Link href={countrySearchHref(code, { french: [f.id] })}>
              {plural(f.projectCount, "projet", "projets")}
            </Link>
          </li>
        ))}
      </ul>
      <ListPager list={shown} label="collectivités françaises" hrefFor={paging.hrefFor} />
    </>
  );
}
