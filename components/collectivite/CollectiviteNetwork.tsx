import Link from "next/link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { ListPager } from "@/components/layout/ListPager";
import type { CollectiviteDetail, CollectivitePartner } from "@/lib/page-data/collectivite";
import { directPartners, type Peer } from "@/lib/page-data/peers";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";
import { plural } from "@/lib/text/format";

/** Who it works with (its direct partners) and which French collectivités work like it (its peers). */
export function CollectiviteNetwork({
  c,
  partners,
  peers,
  paging,
}: {
  c: CollectiviteDetail;
  partners: CollectivitePartner[];
  peers: Peer[];
  /** The direct partners' list. */
  paging: ListPaging;
}) {
  const direct = directPartners(partners);
  const shown = pageOf(direct, paging.page);
  return (
    <div className="space-y-6">
      <div>
        <h3 id="reseau-partenaires" className="mb-2 font-semibold">
          Partenaires directs ({direct.length})
        </h3>
        <p className="mb-2 max-w-prose text-sm text-slate-700">
          Les collectivités avec lesquelles {c.name} partage des projets, des plus proches aux plus lointaines.
          {c.side === "french" && (
            <>
              {" "}
              <Link href={`/reseau?french=${c.id}`}>Voir {c.name} dans le graphe du réseau</Link>.
            </>
          )}
        </p>
        {direct.length ? (
          <ul
            aria-labelledby="reseau-partenaires"
            className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3"
          >
            {shown.items.map((p) => (
              <li key={p.id}>
                <Link href={`/collectivites/${p.slug}`}>{p.name}</Link>
                {p.role === "foreign" && (
                  <span className="text-slate-700"> ({p.countryName ?? (p.countryCode || "pays inconnu")})</span>
                )}
                <span className="text-slate-700">
                  {" "}
                  · {plural(p.sharedProjects, "projet commun", "projets communs")}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">Aucun partenaire.</p>
        )}
        <ListPager list={shown} label="partenaires directs" hrefFor={paging.hrefFor} />
      </div>
      {c.side === "french" && <Peers name={c.name} peers={peers} />}
    </div>
  );
}

function Peers({ name, peers }: { name: string; peers: Peer[] }) {
  return (
    <div>
      <h3 id="reseau-pairs" className="mb-2 font-semibold">
        Collectivités qui agissent comme {name} ({peers.length})
      </h3>
      <p className="mb-2 max-w-prose text-sm text-slate-700">
        Des collectivités françaises qui, dans d'autres projets, travaillent avec les mêmes partenaires étrangers ou
        dans les mêmes pays sur les mêmes thématiques : des interlocutrices pour un conseil ou un cofinancement. Un
        partenaire commun compte plus qu'un pays et une thématique communs.
      </p>
      {peers.length ? (
        <ol aria-labelledby="reseau-pairs" className="space-y-2 text-sm">
          {peers.map((p) => (
            <li key={p.id} className="rounded border border-slate-200 p-3">
              <Link href={`/collectivites/${p.slug}`} className="font-medium">
                {p.name}
              </Link>
              {p.sharedPartners.length > 0 && (
                <p className="mt-1 text-slate-700">
                  partagent{" "}
                  <LinkSeries
                    items={p.sharedPartners.map((s) => ({
                      key: s.slug,
                      href: `/collectivites/${s.slug}`,
                      label: `${s.name} (${s.countryName})`,
                    }))}
                  />
                </p>
              )}
              {p.sharedFields.length > 0 && (
                <p className="mt-1 text-slate-700">
                  {p.sharedFields.map((f) => `${f.countryName} · ${f.theme}`).join(" ; ")}
                </p>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">
          Aucune autre collectivité française n'a de partenaire, ni de pays et de thématique, en commun avec {name}.
        </p>
      )}
    </div>
  );
}
