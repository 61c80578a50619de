import { useFormatter, useLocale, useTranslations } from "next-intl";
import { isApproximate } from "@/components/map/precision";
import { PRECISION_LABELS } from "@/lib/domain/precision-labels";
import type { CollectiviteDetail } from "@/lib/page-data/collectivite";
import type { Precision } from "@/lib/domain/map-place";
import { precisionLabel } from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Where the atlas placed a collectivité and how sure it is: precision, source of the point,
 * and, when homonyms left it undecided, the other candidates.
 */

type Translate = ReturnType<typeof useTranslations>;

function sourceLabel(source: string | null, t: Translate): string {
  if (!source || source === "none") return t("sources.none");
  if (source === "override") return t("sources.override");
  if (source.startsWith("etalab+geonames")) return t("sources.etalab");
  if (source.startsWith("country-centroid")) return t("sources.centroid");
  if (source.startsWith("geonames")) {
    const id = source.startsWith("geonames:") ? t("sources.geonamesId", { number: source.slice(9) }) : source;
    return t("sources.geonames", { id });
  }
  return source;
}

const NOTE_KEYS: Record<Exclude<Precision, "exact">, "fuzzy" | "cityPart" | "region" | "country" | "none"> = {
  fuzzy: "fuzzy",
  "city-part": "cityPart",
  region: "region",
  country: "country",
  none: "none",
};

/** The sentence under an approximate placement (the map's popups say the same in components/map/precision). */
function placementNote(precision: Precision, ambiguous: boolean, t: Translate): string {
  const parts: string[] = [];
  if (precision !== "exact") parts.push(t("approximate", { note: t(`notes.${NOTE_KEYS[precision]}`) }));
  if (ambiguous) parts.push(t("homonyms"));
  return parts.join(" ");
}

export function Placement({ collectivite: c }: { collectivite: CollectiviteDetail }) {
  const t = useTranslations("places.placement");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const coordinate = (v: number) => format.number(v, { maximumFractionDigits: 4 });
  const precision = c.precision as Precision;
  const quality = { precision, ambiguous: c.geoAmbiguous };
  const label = precisionLabel(PRECISION_LABELS[precision], locale);
  // The gazetteer lists the chosen place first, then the homonyms it set aside.
  const others = c.geoAlternatives.slice(1);
  return (
    <div className="space-y-2 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-700">{t("precision")}</dt>
        <dd>{c.geoAmbiguous ? t("ambiguous", { label }) : label}</dd>
        <dt className="font-medium text-slate-700">{t("coordinates")}</dt>
        <dd>
          {c.lat !== null && c.lon !== null ? `${coordinate(c.lat)}, ${coordinate(c.lon)}` : t("unknownCoordinates")}
        </dd>
        <dt className="font-medium text-slate-700">{t("source")}</dt>
        <dd>{sourceLabel(c.geoSource, t)}</dd>
      </dl>
      {isApproximate(quality) && <p className="text-slate-700">{placementNote(precision, c.geoAmbiguous, t)}</p>}
      {c.geoAmbiguous && others.length > 0 && (
        <div>
          <p className="font-medium">{t("alternatives")}</p>
          <ul className="list-disc pl-5">
            {others.map((a, i) => (
              <li key={i}>
                <span lang={contentLang(locale)}>{a.name ?? a.officialName}</span>
                {a.admin1 && ` (${a.admin1})`}
                {a.departementCode && ` ${t("departement", { code: a.departementCode })}`}
                {typeof a.population === "number" && ` · ${t("inhabitants", { count: format.number(a.population) })}`}
                {typeof a.lat === "number" &&
                  typeof a.lon === "number" &&
                  ` · ${coordinate(a.lat)}, ${coordinate(a.lon)}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
