import { useLocale, useTranslations } from "next-intl";
import { ListPager } from "@/components/layout/ListPager";
import { Link } from "@/components/navigation/Link";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { InvolvedFrenchCollectivite } from "@/lib/page-data/country";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";
import { countrySearchHref } from "./country-links";

/** The French collectivités of the country's projects, most engaged first, one page at a time. */
export function FrenchCollectivites({
  code,
  french,
  paging,
}: {
  code: string;
  french: InvolvedFrenchCollectivite[];
  paging: ListPaging;
}) {
  const t = useTranslations();
  const lang = contentLang(useLocale() as Locale);
  if (french.length === 0) return <p className="text-sm text-slate-600">{t("country.french.none")}</p>;
  const shown = pageOf(french, paging.page);
  return (
    <>
      <ul className="grid gap-1 sm:grid-cols-2">
        {shown.items.map((f) => (
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
      <ListPager list={shown} label={t("country.french.pager")} hrefFor={paging.hrefFor} />
    </>
  );
}
