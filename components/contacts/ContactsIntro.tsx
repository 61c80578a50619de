import { Suspense } from "react";
import { ContactSearchForm } from "@/components/contacts/ContactSearchForm";
import { PageTitle } from "@/components/layout/PageTitle";

/** The directory's title, what it lists, and its search form. */
export function ContactsIntro({
  countries,
}: {
  countries: React.ComponentProps<typeof ContactSearchForm>["countries"];
}) {
  return (
    <div className="space-y-3">
      <PageTitle>Annuaire des contacts</PageTitle>
      <p className="max-w-prose text-slate-700">
        Les correspondants de la coopération décentralisée et les conseillers de coopération des ambassades, tels que
        les nomme la fiche la plus récente, et les contacts des collectivités partenaires.
      </p>
      <Suspense fallback={<div className="h-20 rounded-lg border border-slate-300" />}>
        <ContactSearchForm countries={countries} />
      </Suspense>
    </div>
  );
}
