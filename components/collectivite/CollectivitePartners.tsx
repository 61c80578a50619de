import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { ListPager } from "@/components/layout/ListPager";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { CollectivitePartner } from "@/lib/page-data/collectivite";
import type { MapPlace } from "@/lib/domain/map-place";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";

/** Shared projects named beside a partner before "… et N autres". */
const MAX_SHARED = 3;

/** The collectivité and its partners on a map, then its foreign partners and the French collectivités of the same projects. */
export function CollectivitePartners({
  name,
  slug,
  places,
  partners,
  paging,
}: {
  name: string;
  slug: string;
  places: MapPlace[];
  partners: CollectivitePartner[];
  /** The foreign partners' list, and the French collectivités'. */
  paging: { foreign: ListPaging; french: ListPaging };
}) {
  const t = useTranslations();
  const foreign = partners.filter((p) => p.role === "foreign");
  const french = partners.filter((p) => p.role === "french");
  return (
    <div className="space-y-6">
      <PlacesMiniMap
        places={places}
        src={`/api/collectivites/${encodeURIComponent(slug)}/map`}
        label={t("collectivite.partners.mapLabel", { name })}
        listed={partners.length + 1}
        empty={t("places.noPosition")}
      />
      <div>
        <h3 className="mb-2 font-semibold">{t("collectivite.partners.foreign", { count: String(foreign.length) })}</h3>
        {foreign.length ? (
          <PartnerList partners={foreign} paging={paging.foreign} label={t("collectivite.pager.foreign")} />
        ) : (
          <p className="text-sm text-slate-600">{t("collectivite.partners.noForeign")}</p>
        )}
      </div>
      {french.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">{t("collectivite.partners.french", { count: String(french.length) })}</h3>
          <PartnerList partners={french} paging={paging.french} label={t("collectivite.pager.french")} />
        </div>
      )}
    </div>
  );
}

function PartnerList({
  partners,
  paging,
  label,
}: {
  partners: CollectivitePartner[];
  paging: ListPaging;
  /** The list's name for its pager, in the page's language. */
  label: string;
}) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  const shown = pageOf(partners, paging.page);
  return (
    <>
      <ul className="grid gap-2 sm:grid-cols-2">
        {shown.items.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-3 text-sm">
            <Link href={`/collectivites/${p.slug}`} className="font-medium" lang={lang}>
              {p.name}
            </Link>
            {p.role === "foreign" && (
              <span className="text-slate-700">
                {" · "}
                {p.countryCode ? (
                  <Link href={`/pays/${p.countryCode}`}>
                    {countryLabel(p.countryCode, p.countryName ?? p.countryCode, locale)}
                  </Link>
                ) : (
                  t("collectivite.partners.unknownCountry")
                )}
              </span>
            )}
            <p className="mt-1 line-clamp-2 text-slate-700">
              {t("collectivite.partners.sharedProjects", { count: p.projects.length })}
              <LinkSeries
                separator=" · "
                items={p.projects.slice(0, MAX_SHARED).map((project) => ({
                  key: project.slug,
                  href: `/projets/${project.slug}`,
                  label: <span lang={lang}>{project.title}</span>,
                }))}
              />
              {p.projects.length > MAX_SHARED &&
                ` … ${t("places.andOthers", { count: p.projects.length - MAX_SHARED })}`}
            </p>
          </li>
        ))}
      </ul>
      <ListPager list={shown} label={label} hrefFor={paging.hrefFor} />
    </>
  );
}
