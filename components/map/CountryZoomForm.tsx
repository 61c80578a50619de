import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { CountryChoice } from "./map-summary";

/** A plain GET form that keeps the other filters (as hidden fields) and replaces the country. */
export function CountryZoomForm({
  otherParams,
  countries,
  selected,
}: {
  otherParams: [string, string][];
  countries: CountryChoice[];
  selected: string;
}) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  return (
    <form method="get" action={localizeHref("/carte", locale)} className="flex flex-wrap items-end gap-2 text-sm">
      {otherParams.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      <label className="flex flex-col">
        {t("zoom.label")}
        <select name="country" defaultValue={selected} className="rounded border border-slate-400 px-2 py-1.5">
          <option value="">{t("zoom.all")}</option>
          {countries.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
              {c.count ? t("zoom.count", { count: c.count }) : ""}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded bg-marine-700 px-3 py-1.5 font-medium text-white hover:bg-marine-800">
        {t("zoom.submit")}
      </button>
    </form>
  );
}
