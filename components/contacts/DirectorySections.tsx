import Link from "next/link";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";
import { Pagination } from "@/components/search/Pagination";
import { hasVacantRole, type EmbassyPostEntry, type PartnerContactEntry } from "@/lib/domain/contacts";
import { formatCount, plural } from "@/lib/text/format";
import { EmbassyPostCard } from "./EmbassyPostCard";
import { PartnerContactGroups } from "./PartnerContactGroups";

/** Every post matching, on the first page only (they are few), with how many have a vacant role. */
export function EmbassyPostsSection({
  posts,
  page,
  firstPageHref,
}: {
  posts: EmbassyPostEntry[];
  page: number;
  firstPageHref: string;
}) {
  const vacantCount = posts.filter(hasVacantRole).length;
  return (
    <section aria-labelledby="postes" className="space-y-3">
      <h2 id="postes" className="text-xl font-semibold text-marine-800">
        Postes diplomatiques ({posts.length})
      </h2>
      {page > 1 ? (
        <p className="text-sm">
          <Link href={firstPageHref}>Les postes diplomatiques sont en première page.</Link>
        </p>
      ) : posts.length === 0 ? (
        <p className="text-sm text-slate-600">Aucun poste diplomatique ne correspond.</p>
      ) : (
        <>
          {vacantCount > 0 && (
            <p className="text-sm text-slate-700">
              {plural(vacantCount, "poste a", "postes ont")} au moins une fonction vacante (aucune fiche ne nomme de
              titulaire).
            </p>
          )}
          <ul className="grid gap-4 md:grid-cols-2">
            {/* The directory lists up to every post: their projects are on the country pages. */}
            {posts.map((post) => (
              <li key={post.id}>
                <EmbassyPostCard post={post} showProjects={false} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One page of partner contacts, grouped by country and collectivité, with the pagination. */
export function PartnerContactsSection({
  partners,
  page,
  perPage,
  pageHref,
}: {
  partners: { total: number; items: PartnerContactEntry[] };
  page: number;
  perPage: number;
  pageHref: (n: number) => string;
}) {
  const pages = Math.ceil(partners.total / perPage);
  return (
    <section aria-labelledby="partenaires" className="space-y-3">
      <h2 id="partenaires" className="text-xl font-semibold text-marine-800">
        Contacts des partenaires étrangers ({partners.total})
      </h2>
      {pages > 1 && partners.items.length > 0 && (
        <p className="text-sm text-slate-700">
          {formatCount((page - 1) * perPage + 1)}–{formatCount(Math.min(page * perPage, partners.total))} sur{" "}
          {formatCount(partners.total)} (page {page} sur {pages}) ; l&apos;export les contient tous.
        </p>
      )}
      {partners.items.length === 0 ? (
        <p className="text-sm text-slate-600">
          {partners.total > 0 ? (
            <Link href={pageHref(1)}>Cette page est au-delà de la dernière : revenir à la première.</Link>
          ) : (
            "Aucun contact de partenaire ne correspond."
          )}
        </p>
      ) : (
        <PartnerContactGroups contacts={partners.items} />
      )}
      <InPlaceLinks>
        <Pagination page={page} pages={pages} hrefFor={pageHref} />
      </InPlaceLinks>
    </section>
  );
}
