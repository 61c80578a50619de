import { useLocale, useTranslations } from "next-intl";
import { ListPager } from "@/components/layout/ListPager";
import { Link } from "@/components/navigation/Link";
import type { EmbassyPostEntry } from "@/lib/domain/contacts";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";
import { postCountryProjectsHref } from "./post-links";

/** The projects whose fiche names the post, one page at a time, and the search of every project in its country. */
export function PostProjects({ post, paging }: { post: EmbassyPostEntry; paging: ListPaging }) {
  const t = useTranslations("posts.projects");
  const locale = useLocale() as Locale;
  const shown = pageOf(post.projects, paging.page);
  return (
    <div className="space-y-2">
      {post.projects.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {shown.items.map((p) => (
            <li key={p.slug} lang={contentLang(locale)}>
              <Link href={`/projets/${p.slug}`}>{p.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <ListPager list={shown} label={t("pager")} hrefFor={paging.hrefFor} />
      {post.countryCode && (
        <p className="text-sm">
          <Link href={postCountryProjectsHref(post.countryCode)}>
            {t("searchAll", {
              country: post.countryName ? `(${countryLabel(post.countryCode, post.countryName, locale)})` : "",
            })}
          </Link>
        </p>
      )}
    </div>
  );
}
