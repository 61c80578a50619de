import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ContactSearchForm } from "@/components/contacts/ContactSearchForm";
import { EmbassyPostCard, MAX_PROJECTS } from "@/components/contacts/EmbassyPostCard";
import { PartnerContactGroups } from "@/components/contacts/PartnerContactGroups";
import { Pagination } from "@/components/search/Pagination";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";
import { contactCountries, findEmbassyPosts, findPartnerContacts } from "@/lib/page-data/contacts";
import { parseSearchParams } from "@/lib/search/params";
import { formatCount, plural } from "@/lib/text/format";

export const metadata: Metadata = {
  title: "Contacts",
  description: "Annuaire des correspondants des ambassades et des contacts des collectivités partenaires, par pays et par collectivité.",
};

const PARTNERS_PER_PAGE = 100;

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { q, country, page } = parseSearchParams(await searchParams);
  // Posts are few and all shown on the first page; partner contacts come a hundred at a time.
  const [posts, partners, countries] = await Promise.all([
    findEmbassyPosts({ q, country }, { projectLimit: MAX_PROJECTS }),
    findPartnerContacts({ q, country }, PARTNERS_PER_PAGE, (page - 1) * PARTNERS_PER_PAGE),
    contactCountries(),
  ]);
  const pages = Math.ceil(partners.total / PARTNERS_PER_PAGE);
  const exportQuery = new URLSearchParams();
  if (q) exportQuery.set("q", q);
  for (const c of country) exportQuery.append("country", c);
  const exportHref = (format: string) => `/api/contacts/export?${new URLSearchParams([...exportQuery, ["format", format]])}`;
  const pageHref = (n: number) => `/contacts?${new URLSearchParams([...exportQuery, ...(n > 1 ? [["page", String(n)]] : [])])}`.replace(/\?$/, "");
  const filtered = Boolean(q || country.length);
  const vacantCount = posts.filter((p) => !p.roles.correspondent.current || !p.roles.counsellor.current).length;

  return (
    <div className="space-y-8 [&_a]:underline">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Annuaire des contacts</h1>
        <p className="max-w-prose text-slate-700">
          Les correspondants de la coopération décentralisée et les conseillers de coopération des ambassades, tels
          que les nomme la fiche la plus récente, et les contacts des collectivités partenaires.
        </p>
        <Suspense fallback={<div className="h-20 rounded-lg border border-slate-300" />}>
          <ContactSearchForm countries={countries} />
        </Suspense>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <p aria-live="polite" className="font-medium">
          {plural(posts.length, "poste diplomatique", "postes diplomatiques")} et{" "}
          {plural(partners.total, "contact de partenaire", "contacts de partenaires")}
          {q && <> pour « {q} »</>}
        </p>
        <p className="flex flex-wrap gap-3 text-sm">
          <span>Exporter {filtered ? "cette sélection" : "l'annuaire"} :</span>
          <a href={exportHref("csv")} download>CSV</a>
          <a href={exportHref("vcf")} download>vCard</a>
          {filtered && <Link href="/contacts">Effacer la recherche</Link>}
        </p>
      </div>

      {posts.length === 0 && partners.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
          <p className="font-medium">Aucun contact ne correspond à cette recherche.</p>
          <p className="mt-2 text-sm text-slate-700">
            Essayez un nom de famille, une ville ou un pays, ou <Link href="/contacts">affichez tout l&apos;annuaire</Link>.
          </p>
        </div>
      ) : (
        <>
          <section aria-labelledby="postes" className="space-y-3">
            <h2 id="postes" className="text-xl font-semibold text-marine-800">Postes diplomatiques ({posts.length})</h2>
            {page > 1 ? (
              <p className="text-sm"><Link href={pageHref(1)}>Les postes diplomatiques sont en première page.</Link></p>
            ) : posts.length === 0 ? (
              <p className="text-sm text-slate-600">Aucun poste diplomatique ne correspond.</p>
            ) : (
              <>
                {vacantCount > 0 && (
                  <p className="text-sm text-slate-700">
                    {plural(vacantCount, "poste a", "postes ont")} au moins une fonction vacante (aucune fiche ne nomme de titulaire).
                  </p>
                )}
                <ul className="grid gap-4 md:grid-cols-2">
                  {/* The directory lists up to every post: their projects are on the country pages. */}
                  {posts.map((post) => <li key={post.id}><EmbassyPostCard post={post} showProjects={false} /></li>)}
                </ul>
              </>
            )}
          </section>

          <section aria-labelledby="partenaires" className="space-y-3">
            <h2 id="partenaires" className="text-xl font-semibold text-marine-800">Contacts des partenaires étrangers ({partners.total})</h2>
            {pages > 1 && (
              <p className="text-sm text-slate-700">
                Contacts {formatCount((page - 1) * PARTNERS_PER_PAGE + 1)} à{" "}
                {formatCount(Math.min(page * PARTNERS_PER_PAGE, partners.total))} (page {page} sur {pages}) ; l&apos;export les contient tous.
              </p>
            )}
            {partners.items.length === 0 ? (
              <p className="text-sm text-slate-600">
                {partners.total > 0 ? <Link href={pageHref(1)}>Cette page est au-delà de la dernière : revenir à la première.</Link> : "Aucun contact de partenaire ne correspond."}
              </p>
            ) : (
              <PartnerContactGroups contacts={partners.items} />
            )}
            <InPlaceLinks>
              <Pagination page={page} pages={pages} hrefFor={pageHref} />
            </InPlaceLinks>
          </section>
        </>
      )}
    </div>
  );
}
