import type { Metadata } from "next";
import { Link } from "@/components/navigation/Link";
import { Suspense } from "react";
import { ContactSearchForm } from "@/components/contacts/ContactSearchForm";
import { EmbassyPostsSection, PartnerContactsSection } from "@/components/contacts/DirectorySections";
import { directoryLinks } from "@/components/contacts/directory-links";
import { DirectoryToolbar } from "@/components/contacts/DirectoryToolbar";
import { MAX_PROJECTS } from "@/components/contacts/EmbassyPostCard";
import { contactCountries, findEmbassyPosts, findPartnerContacts } from "@/lib/page-data/contacts";
import { parseSearchParams } from "@/lib/search/params";
import { directoryPeople, hasVacantRole, parseVacantFilter, VACANT_PARAM } from "@/lib/domain/contacts";

export const metadata: Metadata = {
  title: "Contacts",
  description:
    "Annuaire des correspondants des ambassades et des contacts des collectivités partenaires, par pays et par collectivité.",
};

const PARTNERS_PER_PAGE = 100;

export default async function ContactsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const { q, country, page } = parseSearchParams(params);
  const vacant = parseVacantFilter(params[VACANT_PARAM]);
  // Posts are few and all shown on the first page; partner contacts come a hundred at a time.
  // The vacant-posts filter lists posts only.
  const [allPosts, partners, countries] = await Promise.all([
    findEmbassyPosts({ q, country }, { projectLimit: MAX_PROJECTS }),
    vacant
      ? { total: 0, items: [] }
      : findPartnerContacts({ q, country }, PARTNERS_PER_PAGE, (page - 1) * PARTNERS_PER_PAGE),
    contactCountries(),
  ]);
  const vacantPosts = allPosts.filter(hasVacantRole);
  const posts = vacant ? vacantPosts : allPosts;
  const links = directoryLinks(q, country, vacant);
  const filtered = Boolean(q || country.length || vacant);
  const exportable = partners.total > 0 || directoryPeople(posts, []).length > 0;

  return (
    <div className="space-y-8 [&_a]:underline">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">Annuaire des contacts</h1>
        <p className="max-w-prose text-slate-700">
          Les correspondants de la coopération décentralisée et les conseillers de coopération des ambassades, tels que
          les nomme la fiche la plus récente, et les contacts des collectivités partenaires.
        </p>
        <Suspense fallback={<div className="h-20 rounded-lg border border-slate-300" />}>
          <ContactSearchForm countries={countries} />
        </Suspense>
      </div>

      <DirectoryToolbar
        postCount={posts.length}
        partnerCount={partners.total}
        vacantCount={vacantPosts.length}
        vacant={vacant}
        exportable={exportable}
        filtered={filtered}
        q={q}
        links={links}
      />

      {posts.length === 0 && partners.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center">
          <p className="font-medium">Aucun contact ne correspond à cette recherche.</p>
          <p className="mt-2 text-sm text-slate-700">
            Essayez un nom de famille, une ville ou un pays, ou{" "}
            <Link href="/contacts">affichez tout l&apos;annuaire</Link>.
          </p>
        </div>
      ) : (
        <>
          <EmbassyPostsSection posts={posts} page={page} firstPageHref={links.pageHref(1)} />
          {!vacant && (
            <PartnerContactsSection
              partners={partners}
              page={page}
              perPage={PARTNERS_PER_PAGE}
              pageHref={links.pageHref}
            />
          )}
        </>
      )}
    </div>
  );
}
