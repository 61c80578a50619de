import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";
import { Pagination } from "@/components/search/Pagination";
import { hasVacantRole, type EmbassyPostEntry, type PartnerContactEntry } from "@/lib/domain/contacts";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
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
