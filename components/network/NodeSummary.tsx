"use client";

import { useLocale, useTranslations } from "next-intl";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { NetworkNode } from "@/lib/domain/network-format";

/**
 * A node in words, for the search results, the hover tooltip and the selection: "Cuneo (IT) · 1 projet · 1 lien".
 * The name is fiche content (French on every page); the country is its ISO code, the same in every language.
 */
export function NodeSummary({ node, degree }: { node: NetworkNode; degree: number }) {
  const t = useTranslations("network.graph");
  const lang = contentLang(useLocale() as Locale);
  const country = node.countryCode && node.side === "foreign" ? ` (${node.countryCode})` : "";
  return (
    <>
      <span lang={lang}>{node.name}</span>
      {`${country} · ${t("projects", { count: node.projects })} · ${t("links", { count: degree })}`}
    </>
  );
}
