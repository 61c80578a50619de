import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { ContactSearchForm } from "@/components/contacts/ContactSearchForm";
import { PageTitle } from "@/components/layout/PageTitle";

/** The directory's title, what it lists, and its search form. */
export function ContactsIntro({
  countries,
}: {
  countries: React.ComponentProps<typeof ContactSearchForm>["countries"];
}) {
  const t = useTranslations("contacts");
  return (
    <div className="space-y-3">
      <PageTitle>{t("title")}</PageTitle>
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      <Suspense fallback={<div className="h-20 rounded-lg border border-slate-300" />}>
        <ContactSearchForm countries={countries} />
      </Suspense>
    </div>
  );
}
