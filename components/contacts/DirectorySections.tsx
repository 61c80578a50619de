import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";
import { Pagination } from "@/components/search/Pagination";
import { hasVacantRole, type EmbassyPostEntry, type PartnerContactEntry } from "@/lib/domain/contacts";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { EmbassyPostCard } from "./EmbassyPostCard";
import { PartnerContactGroups } from "./PartnerContactGroups";

/**
 * Posts shown as cards; the others matching are listed by name, linking to their pages. A search
 * for a common word matched 117 posts, whose cards made a directory page of 1.3 MB.
 */
const CARDS_SHOWN = 24;

/** The posts past the cards: name, country and a vacant role, each linking to the post's page. */
function MorePosts({ posts }: { posts: EmbassyPostEntry[] }) {
  const t = useTranslations("contacts.posts");
  const locale = useLocale() as Locale;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold text-marine-800">{t("more", { count: posts.length })}</h3>
      <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {posts.map((post) => (
          <li key={post.id} data-post={post.name}>
            <Link href={`/postes/${post.slug}`} lang={contentLang(locale)}>
              {post.name}
            </Link>
            {post.countryCode && (
              <span className="text-slate-600">
                {" · "}
                {countryLabel(post.countryCode, post.countryName ?? post.countryCode, locale)}
              </span>
            )}
            {hasVacantRole(post) && <span className="text-amber-900"> · {t("vacantRole")}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

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
  const t = useTranslations("contacts.posts");
  const vacantCount = posts.filter(hasVacantRole).length;
  return (
    <section aria-labelledby="postes" className="space-y-3">
      <h2 id="postes" className="text-xl font-semibold text-marine-800">
        {t("title", { count: String(posts.length) })}
      </h2>
      {page > 1 ? (
        <p className="text-sm">
          <Link href={firstPageHref}>{t("onFirstPage")}</Link>
        </p>
      ) : posts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <>
          {vacantCount > 0 && <p className="text-sm text-slate-700">{t("vacantCount", { count: vacantCount })}</p>}
          <ul className="grid gap-4 md:grid-cols-2">
            {/* The directory lists up to every post: their projects are on the country pages. */}
            {posts.slice(0, CARDS_SHOWN).map((post) => (
              <li key={post.id}>
                <EmbassyPostCard post={post} showProjects={false} />
              </li>
            ))}
          </ul>
          {posts.length > CARDS_SHOWN && <MorePosts posts={posts.slice(CARDS_SHOWN)} />}
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
  const t = useTranslations("contacts.partners");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const pages = Math.ceil(partners.total / perPage);
  return (
    <section aria-labelledby="partenaires" className="space-y-3">
      <h2 id="partenaires" className="text-xl font-semibold text-marine-800">
        {t("title", { count: String(partners.total) })}
      </h2>
      {pages > 1 && partners.items.length > 0 && (
        <p className="text-sm text-slate-700">
          {t("range", {
            from: format.number((page - 1) * perPage + 1),
            to: format.number(Math.min(page * perPage, partners.total)),
            total: format.number(partners.total),
            page: String(page),
            pages: String(pages),
          })}
        </p>
      )}
      {partners.items.length === 0 ? (
        <p className="text-sm text-slate-600">
          {partners.total > 0 ? <Link href={pageHref(1)}>{t("pastLast")}</Link> : t("none")}
        </p>
      ) : (
        <PartnerContactGroups contacts={partners.items} />
      )}
      <InPlaceLinks>
        <Pagination page={page} pages={pages} hrefFor={(n) => localizeHref(pageHref(n), locale)} />
      </InPlaceLinks>
    </section>
  );
}
