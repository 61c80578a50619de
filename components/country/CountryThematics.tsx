import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { thematicLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import type { ThematicCount } from "@/lib/page-data/country";
import { countrySearchHref } from "./country-links";

/** The most frequent themes of the country's projects, each linked to its projects in the search. */
export function CountryThematics({ code, thematics }: { code: string; thematics: ThematicCount[] }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  if (thematics.length === 0) return <p className="text-sm text-slate-600">{t("country.thematics.none")}</p>;
  return (
    <ol className="space-y-1 text-sm">
      {thematics.map((theme) => (
        <li key={theme.id}>
          {theme.parentLabel && <span className="text-slate-700">{thematicLabel(theme.parentLabel, locale)} › </span>}
          <span className="font-medium">{thematicLabel(theme.label, locale)}</span>
          {" · "}
          <Link href={countrySearchHref(code, { thematic: [theme.id] })}>
            {t("places.projectCount", { count: theme.count })}
          </Link>
        </li>
      ))}
    </ol>
  );
}
