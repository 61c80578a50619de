import { useLocale, useTranslations } from "next-intl";
import { ContactLinks } from "@/components/contacts/ContactLinks";
import { ListPager } from "@/components/layout/ListPager";
import type { PartnerContactEntry } from "@/lib/domain/contacts";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";

const personName = (p: PartnerContactEntry) => [p.firstName, p.lastName].filter(Boolean).join(" ");

/** The people the fiches name at this collectivité, each with a vCard, a page at a time. */
export function CollectiviteContacts({
  name,
  contacts,
  paging,
}: {
  name: string;
  contacts: PartnerContactEntry[];
  paging: ListPaging;
}) {
  const t = useTranslations("collectivite");
  const lang = contentLang(useLocale() as Locale);
  const shown = pageOf(contacts, paging.page);
  return (
    <>
      <ul className="grid gap-2 text-sm sm:grid-cols-2">
        {shown.items.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-3">
            {personName(p) ? (
              <span className="font-medium" lang={lang}>
                {personName(p)}
              </span>
            ) : (
              <span className="font-medium">{t("contacts.noName")}</span>
            )}
            {p.role && (
              <span className="text-slate-700" lang={lang}>
                {" "}
                — {p.role}
              </span>
            )}
            <br />
            <ContactLinks
              id={p.id}
              email={p.email}
              vcardLabel={t("contacts.vcardOf", { name: personName(p) || p.email || name })}
            />
          </li>
        ))}
      </ul>
      <ListPager list={shown} label={t("pager.contacts")} hrefFor={paging.hrefFor} />
    </>
  );
}
