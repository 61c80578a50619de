"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { InPlaceLinks } from "@/components/navigation/InPlaceLinks";

/**
 * The filters column: always shown on wide screens, behind a "Filtres" button on phones.
 * The facets are rendered once (server-side, passed as children): rendering a second copy
 * for the phone layout doubled the page and its React payload.
 * Facet values are plain links, followed client-side with the scroll position kept.
 */
export function FiltersPanel({ children, activeCount }: { children: React.ReactNode; activeCount: number }) {
  const t = useTranslations("search.panel");
  const [open, setOpen] = useState(false);
  return (
    // First in the page on phones too (the results have order-1): the button sits above the results, not after them.
    <aside aria-label={t("label")}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="filtres"
        onClick={() => setOpen((o) => !o)}
        className="w-full rounded border border-slate-300 px-3 py-2 text-left font-medium lg:hidden"
      >
        {activeCount > 0 ? t("buttonActive", { count: activeCount }) : t("button")}
      </button>
      <InPlaceLinks id="filtres" className={`${open ? "mt-3 block" : "hidden"} lg:mt-0 lg:block`} keepScroll>
        {children}
      </InPlaceLinks>
    </aside>
  );
}
