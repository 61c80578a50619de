"use client";

import { useRouter } from "next/navigation";
import { useState, type MouseEvent } from "react";

/**
 * The filters column: always shown on wide screens, behind a "Filtres" button on phones.
 * The facets are rendered once (server-side, passed as children): rendering a second copy
 * for the phone layout doubled the page and its React payload.
 *
 * Facet values are plain links (they work without JavaScript); a click on one is turned here
 * into a client-side navigation that keeps the scroll position. One handler for the panel
 * rather than a Next <Link> per value: a hundred Links cost the server time on every search
 * and each prefetched its target as soon as it was on screen.
 */
export function FiltersPanel({ children, activeCount }: { children: React.ReactNode; activeCount: number }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const followInPlace = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest("a");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.target || link.hasAttribute("download") || link.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(link.pathname + link.search, { scroll: false });
  };
  return (
    <aside aria-label="Filtres" className="order-2 lg:order-1">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="filtres"
        onClick={() => setOpen((o) => !o)}
        className="w-full rounded border border-slate-300 px-3 py-2 text-left font-medium lg:hidden"
      >
        Filtres{activeCount > 0 ? ` (${activeCount} actif${activeCount > 1 ? "s" : ""})` : ""}
      </button>
      <div id="filtres" className={`${open ? "mt-3 block" : "hidden"} lg:mt-0 lg:block`} onClick={followInPlace}>
        {children}
      </div>
    </aside>
  );
}
