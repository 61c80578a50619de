import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { countryLabel } from "@/lib/i18n/data-labels";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { classBreaks, classLabel, colourFor } from "@/components/map/country-counts";
import type { CountryCount } from "@/lib/page-data/home";
import { WORLD_VIEW_BOX, worldShapes } from "./world-svg";

/** Countries listed beside the map before the rest folds away. */
const LISTED = 8;

/**
 * Projects by partner country: a server-drawn choropleth (each coloured country links to its
 * page, for the mouse) and the same figures as lists of links, for the keyboard and screen readers.
 */
export function WorldMap({ countries }: { countries: CountryCount[] }) {
  const t = useTranslations("home.map");
  const mapText = useTranslations("map");
  const locale = useLocale() as Locale;
  const name = (c: CountryCount) => countryLabel(c.code, c.name, locale);
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const breaks = classBreaks(countries[0]?.projects ?? 0);
  // The last class is open ("5 et plus"): its words are a message, the other classes are numbers.
  const legend = (i: number) =>
    i === breaks.length - 1 && breaks.length > 1
      ? t("legendOpen", { from: String(breaks[i]) })
      : classLabel(breaks, i, mapText);
  const item = (c: CountryCount) => (
    <li key={c.code}>
      <Link href={`/pays/${c.code}`}>{name(c)}</Link>{" "}
      <span className="tabular-nums text-slate-700">{t("projects", { count: c.projects })}</span>
    </li>
  );
  return (
    <section aria-labelledby="carte-pays" className="space-y-3">
      <h2 id="carte-pays" className="text-xl font-semibold text-marine-800">
        {t("title")}
      </h2>
      <div className="grid gap-4 md:grid-cols-[1fr_16rem]">
        <figure className="min-w-0">
          {/* Hidden from assistive technology: the lists beside it carry the same links. */}
          <svg
            viewBox={WORLD_VIEW_BOX}
            aria-hidden="true"
            focusable="false"
            className="h-auto w-full rounded border border-slate-200 bg-sky-50"
          >
            {worldShapes().map((shape, i) => {
              const country = byCode.get(shape.code);
              const fill = country ? colourFor(country.projects, breaks) : undefined;
              const path = <path key={i} d={shape.d} fill={fill ?? "#e2e8f0"} stroke="#ffffff" strokeWidth={0.4} />;
              return country ? (
                <a key={i} href={localizeHref(`/pays/${country.code}`, locale)} tabIndex={-1}>
                  <title>{t("countryProjects", { country: name(country), count: country.projects })}</title>
                  {path}
                </a>
              ) : (
                path
              );
            })}
          </svg>
          <figcaption className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
            <span>{t("legend")}</span>
            {breaks.map((_, i) => (
              <span key={i} className="inline-flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="inline-block h-3 w-4 rounded-sm"
                  style={{ background: colourFor(breaks[i], breaks) }}
                />
                {legend(i)}
              </span>
            ))}
          </figcaption>
        </figure>
        <div className="space-y-2 text-sm">
          <h3 className="font-semibold">{t("top")}</h3>
          <ol className="space-y-1">{countries.slice(0, LISTED).map(item)}</ol>
          {countries.length > LISTED && (
            <details>
              <summary className="cursor-pointer text-marine-700 underline">
                {t("others", { count: countries.length - LISTED })}
              </summary>
              <ol className="mt-2 max-h-64 space-y-1 overflow-auto" start={LISTED + 1}>
                {countries.slice(LISTED).map(item)}
              </ol>
            </details>
          )}
        </div>
      </div>
    </section>
  );
}
