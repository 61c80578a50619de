import { useLocale, useTranslations } from "next-intl";
import type { PartnerContactEntry } from "@/lib/domain/contacts";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

const personName = (p: PartnerContactEntry) => [p.firstName, p.lastName].filter(Boolean).join(" ");

/** The people the fiches name at this collectivité, each with a vCard. */
export function CollectiviteContacts({ name, contacts }: { name: string; contacts: PartnerContactEntry[] }) {
  const t = useTranslations("collectivite.contacts");
  const lang = contentLang(useLocale() as Locale);
  return (
    <ul className="grid gap-2 text-sm sm:grid-cols-2">
      {contacts.map((p) => (
        <li key={p.id} className="rounded border border-slate-200 p-3">
          {personName(p) ? (
            <span className="font-medium" lang={lang}>
              {personName(p)}
            </span>
          ) : (
            <span className="font-medium">{t("noName")}</span>
          )}
          {p.role && (
            <span className="text-slate-700" lang={lang}>
              {" "}
              — {p.role}
            </span>
          )}
          <br />
          {p.email && (
            <>
              <a href={`mailto:${p.email}`} className="break-all">
                {p.email}
              </a>
              {" · "}
            </>
          )}
          <a href={`/api/contacts/vcard/partner-${p.id}`} download>
            vCard<span className="sr-only">{t("vcardOf", { name: personName(p) || p.email || name })}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
