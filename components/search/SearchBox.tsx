"use client";

import { useTranslations } from "next-intl";
import { useUrlQuery } from "./useUrlQuery";

/**
 * The project search box: the query lives in the URL (debounced), so a reload or a shared link
 * gives the same results, and the back button works. A new query drops the page and the sort.
 */
export function SearchBox({ placeholder }: { placeholder?: string }) {
  const t = useTranslations("search.box");
  const { value, type, submit, pending } = useUrlQuery({ reset: ["page", "sort"] });

  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="relative"
    >
      <label htmlFor="recherche" className="sr-only">
        {t("label")}
      </label>
      <input
        id="recherche"
        type="search"
        name="q"
        value={value}
        autoComplete="off"
        placeholder={placeholder ?? t("placeholder")}
        onChange={(e) => type(e.target.value)}
        className="w-full rounded-lg border border-slate-400 bg-white px-4 py-3 pr-28 text-base shadow-sm focus:border-marine-600"
      />
      <span aria-live="polite" className="absolute right-24 top-3.5 text-sm text-slate-600">
        {pending ? t("pending") : ""}
      </span>
      <button
        type="submit"
        className="absolute right-1.5 top-1.5 rounded-md bg-marine-700 px-4 py-2 text-sm font-medium text-white hover:bg-marine-800"
      >
        {t("submit")}
      </button>
    </form>
  );
}
