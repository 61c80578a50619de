import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { contentLang } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { InvolvedFrenchCollectivite } from "@/lib/page-data/country";
import { countrySearchHref } from "./country-links";

/**
 * A country with thousands of partnerships made a page of several megabytes: the French
 * collectivités show the most engaged first, and all of them with `?francaises=toutes`.
 */
export const FRENCH_SHOWN = 30;

export function FrenchCollectivites({
  code,
  french,
  showAll,
}: {
  code: string;
  french: InvolvedFrenchCollectivite[];
  showAll: boolean;
}) {
  const t = useTranslations();
  const lang = contentLang(useLocale() as Locale);
  if (french.length === 0) return <p className="text-sm text-slate-600">{t("country.french.none")}</p>;
  return (
    <>
      <ul className="grid gap-1 sm:grid-cols-2">
        {(showAll ? french : french.slice(0, FRENCH_SHOWN)).map((f) => (
          <li key={f.id} className="text-sm">
            <Link href={`/collectivites/${f.slug}`} className="font-medium" lang={lang}>
              {f.name}
            </Link>
            {f.regionName && (
              <span className="text-slate-700" lang={lang}>
                {" "}
                ({f.regionName})
              </span>
            )}
            {" · "}
            <Link href={countrySearchHref(code, { french: [f.id] })}>
              {t("places.projectCount", { count: f.projectCount })}
            </Link>
          </li>
        ))}
      </ul>
      {french.length > FRENCH_SHOWN && (
        <p className="mt-3 text-sm">
          {showAll ? (
            <Link href={`/pays/${code}#collectivites-francaises`} scroll={false}>
              {t("country.french.showFewer", { count: String(FRENCH_SHOWN) })}
            </Link>
          ) : (
            <Link href={`/pays/${code}?francaises=toutes#collectivites-francaises`} scroll={false}>
              {t("country.french.showAll", { count: String(french.length) })}
            </Link>
          )}
        </p>
      )}
    </>
  );
}
