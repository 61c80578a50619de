"use client";

import { useTranslations } from "next-intl";
import { useUrlQuery } from "@/components/search/useUrlQuery";
import { CountryOptions } from "@/components/layout/CountryOptions";

/**
 * Search box and country filter of the directory. Both write into the URL (the text debounced),
 * so the URL is the state; without JavaScript the form still submits as a plain GET. Country
 * names come in the page's language (ContactsIntro).
 */
export function ContactSearchForm({ countries }: { countries: { code: string; name: string }[] }) {
  const { value, type, submit, navigate, pending, pathname, searchParams } = useUrlQuery();
  const country = (searchParams.get("country") ?? "").toUpperCase();
  const t = useTranslations("contacts.search");

  return (
    <form
      role="search"
      action={pathname}
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end"
    >
      <div>
        <label htmlFor="contacts-q" className="mb-1 block text-sm font-medium">
          {t("label")}
        </label>
        <input
          id="contacts-q"
          type="search"
          name="q"
          value={value}
          autoComplete="off"
          placeholder={t("placeholder")}
          onChange={(e) => type(e.target.value)}
          className="w-full rounded-lg border border-slate-400 bg-white px-4 py-2.5 text-base shadow-sm focus:border-marine-600"
        />
      </div>
      <div>
        <label htmlFor="contacts-country" className="mb-1 block text-sm font-medium">
          {t("country")}
        </label>
        <select
          id="contacts-country"
          name="country"
          value={countries.some((c) => c.code === country) ? country : ""}
          onChange={(e) => navigate({ country: e.target.value })}
          className="w-full rounded-lg border border-slate-400 bg-white px-3 py-2.5 text-base"
        >
          <CountryOptions countries={countries} allLabel={t("allCountries")} />
        </select>
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-marine-700 px-4 py-2.5 text-sm font-medium text-white hover:bg-marine-800"
        >
          {t("submit")}
        </button>
        <span aria-live="polite" className="text-sm text-slate-600">
          {pending ? t("pending") : ""}
        </span>
      </div>
    </form>
  );
}
