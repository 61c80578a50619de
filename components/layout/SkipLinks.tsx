"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { readPathname } from "@/lib/i18n/paths";

/**
 * The first focusable links of every page: a page whose main content sits after a long column
 * (the facets of /projets, /carte) gets its own link to it first, then the usual link to the
 * main content. The targets are focusable (tabIndex -1), so Enter moves the focus there and the
 * next Tab continues from it.
 */
const PAGE_SKIP_LINKS: Record<string, { target: string; label: "results" | "map" }> = {
  "/projets": { target: "liste-resultats", label: "results" },
  "/carte": { target: "la-carte", label: "map" },
};

const SKIP_LINK =
  "sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2";

export function SkipLinks() {
  const t = useTranslations("layout.skip");
  const own = PAGE_SKIP_LINKS[readPathname(usePathname()).internal];
  return (
    <>
      {own && (
        <a href={`#${own.target}`} className={SKIP_LINK}>
          {t(own.label)}
        </a>
      )}
      <a href="#contenu" className={SKIP_LINK}>
        {t("content")}
      </a>
    </>
  );
}
