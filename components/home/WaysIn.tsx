import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { CollectiviteSuggestion } from "@/lib/page-data/home";

const CARD = "space-y-2 rounded-lg border border-slate-200 p-4 shadow-sm";
const TITLE = "font-semibold text-marine-800";

/** One way in per kind of visitor: the embassy contact, the map, a collectivité, the raw data. */
export function WaysIn({ suggestions }: { suggestions: CollectiviteSuggestion[] }) {
  const t = useTranslations("home.waysIn");
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="entrees" className="space-y-3">
      <h2 id="entrees" className="text-xl font-semibold text-marine-800">
        {t("title")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        <li className={CARD}>
          <h3 className={TITLE}>
            <Link href="/contacts">{t("contact")}</Link>
          </h3>
          <p className="text-sm text-slate-700">{t("contactText")}</p>
        </li>
        <li className={CARD}>
          <h3 className={TITLE}>
            <Link href="/carte">{t("map")}</Link>
          </h3>
          <p className="text-sm text-slate-700">{t("mapText")}</p>
        </li>
        <li className={CARD}>
          <h3 className={TITLE} id="voir-collectivite">
            {t("collectivite")}
          </h3>
          <form
            method="get"
            action={localizeHref("/collectivites", locale)}
            aria-labelledby="voir-collectivite"
            className="flex flex-wrap items-end gap-2 text-sm"
          >
            <label className="flex min-w-0 flex-1 flex-col">
              {t("collectiviteName")}
              <input
                type="text"
                name="nom"
                list="collectivites-suggerees"
                required
                autoComplete="off"
                placeholder={t("collectivitePlaceholder")}
                className="rounded border border-slate-400 px-2 py-1.5 text-base"
              />
            </label>
            <datalist id="collectivites-suggerees">
              {suggestions.map((s) => (
                <option key={s.slug} value={s.name} />
              ))}
            </datalist>
            <button
              type="submit"
              className="rounded bg-marine-700 px-3 py-1.5 font-medium text-white hover:bg-marine-800"
            >
              {t("collectiviteSubmit")}
            </button>
          </form>
        </li>
        <li className={CARD}>
          <h3 className={TITLE}>{t("data")}</h3>
          <p className="text-sm text-slate-700">
            {t("dataAll")}{" "}
            <a href="/api/projects/export?format=csv" download>
              CSV
            </a>{" "}
            ·{" "}
            <a href="/api/projects/export?format=json" download>
              JSON
            </a>
            {t("dataFiltered")}
          </p>
        </li>
      </ul>
    </section>
  );
}
