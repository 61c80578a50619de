import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContactsIntro } from "@/components/contacts/ContactsIntro";
import { EmbassyPostsSection, PartnerContactsSection } from "@/components/contacts/DirectorySections";
import { directoryLinks } from "@/components/contacts/directory-links";
import { DirectoryToolbar } from "@/components/contacts/DirectoryToolbar";
import { NoContactMatch } from "@/components/contacts/NoContactMatch";
import { directoryListing, parseVacantFilter, VACANT_PARAM } from "@/lib/domain/contacts";
import { contactCountries, findEmbassyPosts, findPartnerContacts } from "@/lib/page-data/contacts";
import { parseSearchParams } from "@/lib/search/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contacts");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

const PARTNERS_PER_PAGE = 100;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContactsPage({ searchParams }: Props) {
  const params = await searchParams;
  const { q, country, page } = parseSearchParams(params);
  const vacant = parseVacantFilter(params[VACANT_PARAM]);
  // Posts are few and all shown on the first page; partner contacts come a hundred at a time.
  // The vacant-posts filter lists posts only.
  const [allPosts, partners, countries] = await Promise.all([
    // The directory's cards leave projects to the post pages: none are read.
    findEmbassyPosts({ q, country }, { projectLimit: 0 }),
    vacant
      ? { total: 0, items: [] }
      : findPartnerContacts({ q, country }, PARTNERS_PER_PAGE, (page - 1) * PARTNERS_PER_PAGE),
    contactCountries(),
  ]);
  const { posts, vacantCount, empty, exportable } = directoryListing(allPosts, partners.total, vacant);
  const links = directoryLinks(q, country, vacant);
  const filtered = Boolean(q || country.length || vacant);

  return (
    <div className="space-y-8 [&_a]:underline">
      <ContactsIntro countries={countries} />
      <DirectoryToolbar
        postCount={posts.length}
        partnerCount={partners.total}
        vacantCount={vacantCount}
        vacant={vacant}
        exportable={exportable}
        filtered={filtered}
        q={q}
        links={links}
      />
      {empty ? (
        <NoContactMatch />
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
