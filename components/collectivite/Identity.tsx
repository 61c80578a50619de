import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { countryLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";
import type { CollectiviteDetail } from "@/lib/page-data/collectivite";

/** The kinds of French collectivité the administrative boundaries know, each with its official code. */
const KINDS = ["commune", "epci", "departement", "region"] as const;
const isKnownKind = (kind: string | null): kind is (typeof KINDS)[number] =>
  (KINDS as readonly (string | null)[]).includes(kind);

/** What the collectivité is: kind and official codes for a French one, country for a foreign one; other spellings. */
export function Identity({ c }: { c: CollectiviteDetail }) {
  const t = useTranslations("collectivite.identity");
  const locale = useLocale() as Locale;
  const lang = contentLang(locale);
  const kind = isKnownKind(c.kind) ? c.kind : null;
  const items: [string, React.ReactNode][] =
    c.side === "french"
      ? [
          [t("type"), kind ? t(`kinds.${kind}`) : (c.kind ?? t("unrecognised"))],
          [kind ? t(`codes.${kind}`) : t("officialCode"), c.officialCode ?? "—"],
          [t("departement"), c.departementCode ?? "—"],
          [
            t("region"),
            c.regionName ? (
              <span key="region" lang={lang}>
                {c.regionName}
              </span>
            ) : (
              "—"
            ),
          ],
        ]
      : [
          [
            t("country"),
            c.countryCode ? (
              <Link key="pays" href={`/pays/${c.countryCode}`}>
                {countryLabel(c.countryCode, c.countryName ?? c.countryCode, locale)}
              </Link>
            ) : c.countryLabel ? (
              <span key="pays" lang={lang}>
                {c.countryLabel}
              </span>
            ) : (
              t("unknownCountry")
            ),
          ],
          [t("role"), t("foreignRole")],
        ];
  if (c.spellings.length)
    items.push([
      t("spellings"),
      <span key="spellings" lang={lang}>
        {c.spellings.join(" ; ")}
      </span>,
    ]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
      {items.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium text-slate-700">{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
