import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { ContactSearchForm } from "@/components/contacts/ContactSearchForm";
import { PageTitle } from "@/components/layout/PageTitle";
import { countryLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The directory's title, what it lists, and its search form. Country names are put in the page's
 * language here, on the server: the form is a client component, and the vocabularies of
 * lib/i18n/data-labels would weigh on every visitor's download.
 */
export function ContactsIntro({
  countries,
}: {
  countries: React.ComponentProps<typeof ContactSearchForm>["countries"];
}) {
  const t = useTranslations("contacts");
  const locale = useLocale() as Locale;
  const named = countries.map((c) => ({ code: c.code, name: countryLabel(c.code, c.name, locale) }));
  return (
    <div className="space-y-3">
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      <Suspense fallback={<div className="h-20 rounded-lg border border-slate-300" />}>
        <ContactSearchForm countries={named} />
      </Suspense>
    </div>
  );
}
