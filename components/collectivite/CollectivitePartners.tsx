import Link from "next/link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { ListPager } from "@/components/layout/ListPager";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import type { CollectivitePartner } from "@/lib/page-data/collectivite";
import type { MapPlace } from "@/lib/domain/map-place";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";
import { plural, pluralWord } from "@/lib/text/format";

/** Shared projects named beside a partner before "… et N autres". */
const MAX_SHARED = 3;

/** The collectivité and its partners on a map, then its foreign partners and the French collectivités of the same projects. */
export function CollectivitePartners({
  name,
  places,
  partners,
  paging,
}: {
  name: string;
  places: MapPlace[];
  partners: CollectivitePartner[];
  /** The foreign partners' list, and the French collectivités'. */
  paging: { foreign: ListPaging; french: ListPaging };
}) {
  const foreign = partners.filter((p) => p.role === "foreign");
  const french = partners.filter((p) => p.role === "french");
  return (
    <div className="space-y-6">
      <PlacesMiniMap
        places={places}
        label={`Carte de ${name} et de ses partenaires`}
        listed={partners.length + 1}
        empty="Aucune de ces collectivités n'a de position connue."
      />
      <div>
        <h3 className="mb-2 font-semibold">Partenaires étrangers ({foreign.length})</h3>
        {foreign.length ? (
          <PartnerList partners={foreign} paging={paging.foreign} label="partenaires étrangers" />
        ) : (
          <p className="text-sm text-slate-600">Aucun partenaire étranger.</p>
        )}
      </div>
      {french.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">Collectivités françaises des mêmes projets ({french.length})</h3>
          <PartnerList partners={french} paging={paging.french} label="collectivités françaises des mêmes projets" />
        </div>
      )}
    </div>
  );
}

function PartnerList({
  partners,
  paging,
  label,
}: {
  partners: CollectivitePartner[];
  paging: ListPaging;
  label: string;
}) {
  const shown = pageOf(partners, paging.page);
  return (
    <>
      <ul className="grid gap-2 sm:grid-cols-2">
        {shown.items.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-3 text-sm">
            <Link href={`/collectivites/${p.slug}`} className="font-medium">
              {p.name}
            </Link>
            {p.role === "foreign" && (
              <span className="text-slate-700">
                {" · "}
                {p.countryCode ? (
                  <Link href={`/pays/${p.countryCode}`}>{p.countryName ?? p.countryCode}</Link>
                ) : (
                  "pays inconnu"
                )}
              </span>
            )}
            <p className="mt-1 line-clamp-2 text-slate-700">
              {pluralWord(p.projects.length, "Projet : ", "Projets : ")}
              <LinkSeries
                separator=" · "
                items={p.projects
                  .slice(0, MAX_SHARED)
                  .map((project) => ({ key: project.slug, href: `/projets/${project.slug}`, label: project.title }))}
              />
              {p.projects.length > MAX_SHARED && ` … et ${plural(p.projects.length - MAX_SHARED, "autre", "autres")}`}
            </p>
          </li>
        ))}
      </ul>
      <ListPager list={shown} label={label} hrefFor={paging.hrefFor} />
    </>
  );
}
