import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import type { EmbassyPostEntry } from "@/lib/domain/contacts";
import { hasVacantRole } from "@/lib/domain/contacts";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import { postVCardHref } from "./post-links";

/** The post's name, country, project count, and the one vCard file of its current contacts. */
export function PostHeader({ post }: { post: EmbassyPostEntry }) {
  const t = useTranslations("posts.header");
  const locale = useLocale() as Locale;
  const someone = post.roles.correspondent.current || post.roles.counsellor.current;
  return (
    <header className="space-y-2">
      <p className="text-sm">
        <Link href="/postes">{t("back")}</Link>
      </p>
      <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl" lang={contentLang(locale)}>
        {post.name}
      </h1>
      <p className="text-slate-700">
        {post.countryCode ? (
          <Link href={`/pays/${post.countryCode}`}>
            {countryLabel(post.countryCode, post.countryName ?? post.countryCode, locale)}
          </Link>
        ) : (
          t("noCountry")
        )}
        {" · "}
        {t("projects", { count: post.projectCount })}
        {hasVacantRole(post) && (
          <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
            {t("vacant")}
          </span>
        )}
      </p>
      {someone && (
        <p className="text-sm">
          <a href={postVCardHref(post.slug)} download>
            {t("vcard")}
          </a>
        </p>
      )}
    </header>
  );
}
