import { useLocale, useTranslations } from "next-intl";
import { EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { ScrollArea } from "@/components/layout/ScrollArea";
import { embassyRoleLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/page-data/project";

const mail = (email: string | null) => (email ? <a href={`mailto:${email}`}>{email}</a> : null);

/** The fiche's contacts at the foreign partners, and its embassy posts with both roles (vacant ones said so). */
export function Contacts({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project.contacts");
  const lang = contentLang(useLocale() as Locale);
  return (
    <div className="space-y-6">
      <div>
        <h3 className="mb-2 font-semibold">{t("foreign")}</h3>
        {project.partnerContacts.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ScrollArea label={t("foreign")}>
            <table className="w-full min-w-[36rem] text-sm">
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="py-1 pr-2">
                    {t("collectivite")}
                  </th>
                  <th scope="col" className="pr-2">
                    {t("name")}
                  </th>
                  <th scope="col" className="pr-2">
                    {t("role")}
                  </th>
                  <th scope="col">{t("email")}</th>
                </tr>
              </thead>
              <tbody>
                {project.partnerContacts.map((c) => (
                  <tr key={c.id} className="border-b border-slate-100" lang={lang}>
                    <td className="py-1 pr-2">{c.partnerName}</td>
                    <td className="pr-2">{[c.lastName, c.firstName].filter(Boolean).join(" ") || "—"}</td>
                    <td className="pr-2">{c.role ?? "—"}</td>
                    <td className="break-all">{mail(c.email) ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </div>
      <EmbassyPosts project={project} />
    </div>
  );
}

function EmbassyPosts({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project.contacts");
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  return (
    <div>
      <h3 className="mb-2 font-semibold">{t("posts")}</h3>
      {project.embassyPosts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noPosts")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {project.embassyPosts.map(({ post }) => {
            const contacts = project.embassyContacts.filter((c) => c.postId === post.id);
            return (
              <li key={post.id} className="rounded border border-slate-200 p-3 text-sm">
                <p className="font-medium" lang={lang}>
                  {post.name}
                </p>
                {EMBASSY_ROLES.map((role) => {
                  const c = contacts.find((x) => x.role === role);
                  return (
                    <p key={role} className="mt-1">
                      <span className="text-slate-700">{t("roleOf", { role: embassyRoleLabel(role, locale) })}</span>
                      {c ? (
                        <>
                          <span lang={lang}>{c.name}</span> {c.email && <>· {mail(c.email)}</>}
                        </>
                      ) : (
                        <em className="text-slate-600">{t("vacant")}</em>
                      )}
                    </p>
                  );
                })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
