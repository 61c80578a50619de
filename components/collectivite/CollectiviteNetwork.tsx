import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { LinkSeries } from "@/components/layout/LinkSeries";
import { ListPager } from "@/components/layout/ListPager";
import { countryLabel, thematicLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { CollectiviteDetail, CollectivitePartner } from "@/lib/page-data/collectivite";
import { directPartners, type Peer } from "@/lib/page-data/peers";
import { pageOf, type ListPaging } from "@/lib/paging/list-page";

/** A collectivité's name inside an interface sentence: fiche content, in French. */
function useNameTag() {
  const lang = contentLang(useLocale() as Locale);
  return (chunks: React.ReactNode) => <span lang={lang}>{chunks}</span>;
}

/** Who it works with (its direct partners) and which French collectivités work like it (its peers). */
export function CollectiviteNetwork({
  c,
  partners,
  peers,
  paging,
}: {
  c: CollectiviteDetail;
  partners: CollectivitePartner[];
  peers: Peer[];
  /** The direct partners' list. */
  paging: ListPaging;
}) {
  const t = useTranslations("collectivite.network");
  const locale = useLocale() as Locale;
  const nameTag = useNameTag();
  const direct = directPartners(partners);
  const shown = pageOf(direct, paging.page);
  return (
    <div className="space-y-6">
      <div>
        <h3 id="reseau-partenaires" className="mb-2 font-semibold">
          {t("direct", { count: String(direct.length) })}
        </h3>
        <p className="mb-2 max-w-prose text-sm text-slate-700">
          {t.rich("directIntro", { name: c.name, c: nameTag })}
          {c.side === "french" && (
            <>
              {" "}
              <Link href={`/reseau?french=${c.id}`}>{t.rich("graphLink", { name: c.name, c: nameTag })}</Link>.
            </>
          )}
        </p>
        {direct.length ? (
          <ul
            aria-labelledby="reseau-partenaires"
            className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3"
          >
            {shown.items.map((p) => (
              <li key={p.id}>
                <Link href={`/collectivites/${p.slug}`} lang={contentLang(locale)}>
                  {p.name}
                </Link>
                {p.role === "foreign" && (
                  <span className="text-slate-700">
                    {" "}
                    (
                    {p.countryCode
                      ? countryLabel(p.countryCode, p.countryName ?? p.countryCode, locale)
                      : t("unknownCountry")}
                    )
                  </span>
                )}
                <span className="text-slate-700"> · {t("sharedProjects", { count: p.sharedProjects })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("noPartner")}</p>
        )}
        <ListPager list={shown} label={t("pager")} hrefFor={paging.hrefFor} />
      </div>
      {c.side === "french" && <Peers name={c.name} peers={peers} />}
    </div>
  );
}

function Peers({ name, peers }: { name: string; peers: Peer[] }) {
  const t = useTranslations("collectivite.network");
  const locale = useLocale() as Locale;
  const nameTag = useNameTag();
  const lang = contentLang(locale);
  return (
    <div>
      <h3 id="reseau-pairs" className="mb-2 font-semibold">
        {t.rich("peers", { name, count: String(peers.length), c: nameTag })}
      </h3>
      <p className="mb-2 max-w-prose text-sm text-slate-700">{t("peersIntro")}</p>
      {peers.length ? (
        <ol aria-labelledby="reseau-pairs" className="space-y-2 text-sm">
          {peers.map((p) => (
            <li key={p.id} className="rounded border border-slate-200 p-3">
              <Link href={`/collectivites/${p.slug}`} className="font-medium" lang={lang}>
                {p.name}
              </Link>
              {p.sharedPartners.length > 0 && (
                <p className="mt-1 text-slate-700">
                  {t("share")}{" "}
                  <LinkSeries
                    items={p.sharedPartners.map((s) => ({
                      key: s.slug,
                      href: `/collectivites/${s.slug}`,
                      label: (
                        <>
                          <span lang={lang}>{s.name}</span> ({countryLabel(s.countryCode, s.countryName, locale)})
                        </>
                      ),
                    }))}
                  />
                </p>
              )}
              {p.sharedFields.length > 0 && (
                <p className="mt-1 text-slate-700">
                  {p.sharedFields
                    .map(
                      (f) =>
                        `${countryLabel(f.countryCode, f.countryName, locale)} · ${thematicLabel(f.theme, locale)}`,
                    )
                    .join(" ; ")}
                </p>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">{t.rich("noPeers", { name, c: nameTag })}</p>
      )}
    </div>
  );
}
