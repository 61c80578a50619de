import { useLocale, useTranslations } from "next-intl";
import { type EmbassyContactEntry, type EmbassyPostEntry, isImpossibleYear } from "@/lib/domain/contacts";
import { EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { embassyRoleLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

/** The post's contacts, now and before, each with the year of the fiche that names them. */

type Translate = ReturnType<typeof useTranslations>;

/** How the directory dates a current contact (lib/domain/contacts' contactYearLabel, in the page's language). */
function yearLabel(c: EmbassyContactEntry, t: Translate): string {
  if (c.ficheYear === null) return t("noFicheYear");
  if (isImpossibleYear(c)) return t("impossibleYear", { year: String(c.ficheYear), importYear: String(c.importYear) });
  return t("upToDate", { year: String(c.ficheYear) });
}

function Row({ role, contact, now }: { role: string; contact: EmbassyContactEntry; now: boolean }) {
  const t = useTranslations("posts.contacts");
  const lang = contentLang(useLocale() as Locale);
  return (
    <tr className="border-b border-slate-200 align-top">
      <td className="py-2 pr-3">{role}</td>
      <th scope="row" className="px-2 py-2 text-left font-medium" lang={lang}>
        {contact.name}
      </th>
      <td className="px-2 py-2 break-all">
        {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : "—"}
      </td>
      <td className="px-2 py-2">
        {now
          ? yearLabel(contact, t)
          : contact.ficheYear
            ? t("ficheYear", { year: String(contact.ficheYear) })
            : t("unknownYear")}
      </td>
      <td className="px-2 py-2">{now ? t("current") : t("earlier")}</td>
    </tr>
  );
}

export function PostContacts({ post }: { post: EmbassyPostEntry }) {
  const t = useTranslations("posts.contacts");
  const locale = useLocale() as Locale;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("label")}>
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="mb-2 text-left text-slate-700">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">
              {t("role")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("name")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("email")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("year")}
            </th>
            <th scope="col" className="px-2 py-2">
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {EMBASSY_ROLES.map((role) => {
            const { current, earlier } = post.roles[role];
            const label = embassyRoleLabel(role, locale);
            return [
              current ? (
                <Row key={`${role}-now`} role={label} contact={current} now />
              ) : (
                <tr key={`${role}-vacant`} className="border-b border-slate-200">
                  <td className="py-2 pr-3">{label}</td>
                  <td colSpan={4} className="px-2 py-2">
                    <em className="text-amber-900">{t("vacant")}</em>
                  </td>
                </tr>
              ),
              ...earlier.map((c) => <Row key={c.id} role={label} contact={c} now={false} />),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
