"use client";

import { usePathname } from "next/navigation";

/**
 * The first focusable links of every page: a page whose main content sits after a long column
 * (the facets of /projets, /carte) gets its own link to it first, then the usual link to the
 * main content. The targets are focusable (tabIndex -1), so Enter moves the focus there and the
 * next Tab continues from it.
 */
const PAGE_SKIP_LINKS: Record<string, { target: string; label: string }> = {
  "/projets": { target: "liste-resultats", label: "Aller aux résultats" },
  "/carte": { target: "la-carte", label: "Aller à la carte" },
};

const SKIP_LINK =
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2";

export function SkipLinks() {
  const own = PAGE_SKIP_LINKS[usePathname()];
  return (
    <>
      {own && (
        <a href={`#${own.target}`} className={SKIP_LINK}>
          {own.label}
        </a>
      )}
      <a href="#contenu" className={SKIP_LINK}>
        Aller au contenu
      </a>
    </>
  );
}
