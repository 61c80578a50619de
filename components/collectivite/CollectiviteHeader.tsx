import { useLocale, useTranslations } from "next-intl";
import { FeedLink } from "@/components/standards/FeedLink";
import { Link } from "@/components/navigation/Link";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { CollectiviteDetail } from "@/lib/page-data/collectivite";
import { toQueryString } from "@/lib/search/params";
import { Identity } from "./Identity";

/** Breadcrumb (through its country for a foreign one), name, identity and figures. */
export function CollectiviteHeader({
  c,
  projectCount,
  foreignCount,
  frenchCount,
}: {
  c: CollectiviteDetail;
  projectCount: number;
  foreignCount: number;
  frenchCount: number;
}) {
  const t = useTranslations("collectivite.header");
  const locale = useLocale() as Locale;
  const isFrench = c.side === "french";
  const searchHref = isFrench ? `/projets${toQueryString({ french: [c.id] })}` : null;
  // The map takes the search's filters: filtered on this collectivité it shows it and its partners.
  const mapHref = isFrench ? `/carte${toQueryString({ french: [c.id] })}` : null;
  return (
    <header className="space-y-3">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/projets">{t("projects")}</Link> ›{" "}
        {c.countryCode && !isFrench ? (
          <>
            <Link href={`/pays/${c.countryCode}`}>
              {countryLabel(c.countryCode, c.countryName ?? c.countryCode, locale)}
            </Link>{" "}
            ›{" "}
          </>
        ) : null}
        <span>{t("collectivite")}</span>
      </nav>
      <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl" lang={contentLang(locale)}>
        {c.name}
      </h1>
      <Identity c={c} />
      <p className="text-slate-700">
        {t("summary", { projects: projectCount, foreign: foreignCount })}
        {frenchCount > 0 && t("otherFrench", { count: frenchCount })}
        {searchHref && (
          <>
            {" "}
            · <Link href={searchHref}>{t("searchLink")}</Link>
          </>
        )}
        {mapHref && (
          <>
            {" "}
            · <Link href={mapHref}>{t("mapLink")}</Link>
          </>
        )}
        {searchHref && (
          <>
            {" "}
            · <FeedLink params={{ french: [c.id] }} label={t("subscribe")} />
          </>
        )}
      </p>
    </header>
  );
}
