import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ContactSearchForm } from "@/components/contacts/ContactSearchForm";
import { EmbassyPostsSection, PartnerContactsSection } from "@/components/contacts/DirectorySections";
import { directoryLinks } from "@/components/contacts/directory-links";
import { MAX_PROJECTS } from "@/components/contacts/EmbassyPostCard";
import { contactCountries, findEmbassyPosts, findPartnerContacts } from "@/lib/page-data/contacts";
import { parseSearchParams } from "@/lib/search/params";
import { plural } from "@/lib/text/format";

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
  const { exportHref, pageHref } = directoryLinks(q, country);
  const filtered = Boolean(q || country.length);

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
          <EmbassyPostsSection posts={posts} page={page} firstPageHref={pageHref(1)} />
          <PartnerContactsSection partners={partners} page={page} perPage={PARTNERS_PER_PAGE} pageHref={pageHref} />
        </>
      )}
    </div>
  );
}
