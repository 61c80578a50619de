import { useLocale, useTranslations } from "next-intl";
import { PlacesMiniMap } from "@/components/places/PlacesMiniMap";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { MapPlace } from "@/lib/domain/map-place";

export interface WidgetProject {
  slug: string;
  title: string;
  detail: string;
}

/** Links of a framed page leave the frame: the atlas opens in a new tab. */
const OUT = { target: "_blank", rel: "noopener" } as const;

/**
 * The compact page another site frames (app/integrer): a heading linking to the atlas, the
 * projects, the partners' map. `<base target="_blank">` also sends the map's popup links out.
 * `pageHref` is the internal path of the atlas page it sums up; links lead to the page's language.
 */
export function EmbedWidget({
  title,
  titleIsContent = false,
  pageHref,
  projects,
  total,
  places,
  listed,
}: {
  title: string;
  /** The title is fiche content (a collectivité's name), not a translated label. */
  titleIsContent?: boolean;
  pageHref: string;
  projects: WidgetProject[];
  total: number;
  places: MapPlace[];
  listed: number;
}) {
  const t = useTranslations("embed.widget");
  const locale = useLocale() as Locale;
  const href = (path: string) => localizeHref(path, locale);
  return (
    <div className="space-y-3 p-3 text-sm [&_a]:underline">
      <base target="_blank" />
      <h1 className="text-base font-bold text-marine-800">
        {t.rich("heading", {
          name: title,
          link: (chunks) => (
            <a href={href(pageHref)} {...OUT} lang={titleIsContent ? contentLang(locale) : undefined}>
              {chunks}
            </a>
          ),
        })}
      </h1>
      <div className="grid gap-3 sm:grid-cols-2">
        <section aria-label={t("projects")}>
          <ul className="max-h-80 space-y-2 overflow-y-auto">
            {projects.map((p) => (
              <li key={p.slug}>
                <a href={href(`/projets/${p.slug}`)} {...OUT} className="font-medium" lang={contentLang(locale)}>
                  {p.title}
                </a>
                {p.detail && <span className="block text-xs text-slate-700">{p.detail}</span>}
              </li>
            ))}
          </ul>
          {total > projects.length && (
            <p className="mt-2">
              <a href={href(pageHref)} {...OUT}>
                {t("seeAll", { count: String(total) })}
              </a>
            </p>
          )}
        </section>
        <section aria-label={t("map")}>
          <PlacesMiniMap places={places} label={t("mapLabel", { name: title })} listed={listed} empty={t("noPlace")} />
        </section>
      </div>
      <p className="text-xs text-slate-600">
        {t("source")}{" "}
        <a href={href("/")} {...OUT}>
          {t("atlas")}
        </a>
      </p>
    </div>
  );
}
