import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { ProjectDetail } from "@/lib/page-data/project";
import { partnerCount, partnerPlaces } from "./partner-places";

/** The French collectivités and the foreign partners, as the fiche names them, linked to their pages. */
export function Partners({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project.partners");
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  const french = project.partners.filter((p) => p.role === "french");
  const foreign = project.partners.filter((p) => p.role === "foreign");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="mb-2 font-semibold">{t("french", { count: french.length })}</h3>
        <ul className="space-y-1">
          {french.map((p) => (
            <li key={p.position}>
              <Link href={`/collectivites/${p.collectivite.slug}`} lang={lang}>
                {p.nameAsWritten}
              </Link>
              {p.collectivite.regionName && (
                <span className="text-sm text-slate-600" lang={lang}>
                  {" "}
                  · {p.collectivite.regionName}
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="mb-2 font-semibold">{t("foreign", { count: foreign.length })}</h3>
        <ul className="space-y-1">
          {foreign.map((p) => (
            <li key={p.position}>
              <Link href={`/collectivites/${p.collectivite.slug}`} lang={lang}>
                {p.nameAsWritten}
              </Link>
              {" · "}
              {p.collectivite.countryCode ? (
                <Link href={`/pays/${p.collectivite.countryCode}`}>
                  {countryLabel(p.collectivite.countryCode, p.countryLabel ?? "", locale)}
                </Link>
              ) : (
                <span>{p.countryLabel ?? t("unknownCountry")}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The partners on the mini-map (the same places as the list above). */
export function PartnersMap({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project.partners");
  const places = partnerPlaces(project, useLocale() as Locale);
  return (
    <PlacesMiniMap
      places={places}
      label={t("mapLabel", { count: places.length })}
      listed={partnerCount(project)}
      empty={t("mapEmpty")}
      noun={[t("partnerOne"), t("partnerMany")]}
      note={t("mapNote")}
    />
  );
}
