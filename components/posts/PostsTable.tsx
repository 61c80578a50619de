import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import type { EmbassyContactEntry, EmbassyPostEntry } from "@/lib/domain/contacts";
import { EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { countryLabel, embassyRoleLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import { postHref } from "./post-links";

/** Every post in one table: country, current correspondent and counsellor, vacant roles, projects. */
function Holder({ contact }: { contact: EmbassyContactEntry | null }): React.ReactNode {
  const t = useTranslations("posts.table");
  const lang = contentLang(useLocale() as Locale);
  return contact ? <span lang={lang}>{contact.name}</span> : <em className="text-amber-900">{t("vacant")}</em>;
}

const COLUMNS = ["country", "correspondent", "counsellor", "vacantRoles"] as const;

export function PostsTable({ posts }: { posts: EmbassyPostEntry[] }) {
  const t = useTranslations("posts.table");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("label")}>
      <table className="w-full min-w-[48rem] border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left align-bottom">
            <th scope="col" className="py-2 pr-3">
              {t("post")}
            </th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-2 py-2">
                {t(column)}
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-right">
              {t("projects")}
            </th>
          </tr>
        </thead>
        <tbody>
          {posts.map((post) => {
            const vacant = EMBASSY_ROLES.filter((role) => !post.roles[role].current);
            return (
              <tr key={post.id} className="border-b border-slate-200 align-top" data-post={post.name}>
                <th scope="row" className="py-2 pr-3 text-left font-medium" lang={contentLang(locale)}>
                  <Link href={postHref(post.slug)}>{post.name}</Link>
                </th>
                <td className="px-2 py-2">
                  {post.countryCode ? (
                    <Link href={`/pays/${post.countryCode}`}>
                      {countryLabel(post.countryCode, post.countryName ?? post.countryCode, locale)}
                    </Link>
                  ) : (
                    t("noCountry")
                  )}
                </td>
                <td className="px-2 py-2">
                  <Holder contact={post.roles.correspondent.current} />
                </td>
                <td className="px-2 py-2">
                  <Holder contact={post.roles.counsellor.current} />
                </td>
                <td className="px-2 py-2" data-vacant>
                  {vacant.length ? vacant.map((r) => embassyRoleLabel(r, locale)).join(" ; ") : t("noVacantRole")}
                </td>
                <td className="px-2 py-2 text-right">{format.number(post.projectCount)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
