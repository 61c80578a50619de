import { useLocale, useTranslations } from "next-intl";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { PACKAGE_LICENSE } from "@/lib/open-data/datapackage";
import { PACKAGE_TABLES } from "@/lib/open-data/package-tables";

/** Under which licence the data may be reused, and where it comes from. */
export function LicenceSection() {
  const t = useTranslations("openData.licence");
  const lang = contentLang(useLocale() as Locale);
  return (
    <section className="space-y-2" aria-labelledby="licence">
      <h2 id="licence" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p>
        {t.rich("body", {
          name: PACKAGE_LICENSE.title,
          licence: (chunks) => <a href={PACKAGE_LICENSE.path}>{chunks}</a>,
          em: (chunks) => <em lang={lang}>{chunks}</em>,
        })}
      </p>
    </section>
  );
}

/** The files to download: the data package and its tables, the project exports, the API description, the catalogue. */
export function DownloadsSection() {
  const t = useTranslations("openData.downloads");
  const locale = useLocale() as Locale;
  return (
    <section className="space-y-2" aria-labelledby="telechargements">
      <h2 id="telechargements" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <a href={localizeHref("/donnees/atlas.zip", locale)} download>
            {t("package")}
          </a>
          {t.rich("packageNote", { em: (chunks) => <em>{chunks}</em> })}
          <ul className="list-[circle] pl-5">
            {PACKAGE_TABLES.map((table) => (
              <li key={table.name}>
                <span className="font-mono">{table.name}.csv</span> :{" "}
                <span lang={contentLang(locale)}>{table.title}</span>
              </li>
            ))}
          </ul>
        </li>
        <li>
          <a href="/api/projects/export?format=csv">{t("projectsCsv")}</a> ·{" "}
          <a href="/api/projects/export?format=json">(JSON)</a>
        </li>
        <li>
          <a href="/api/openapi.json">{t("openapi")}</a>
        </li>
        <li>
          <a href="/catalog.jsonld">{t("dcat")}</a>
          {t("dcatNote")}
        </li>
      </ul>
      <p className="text-sm text-slate-700">{t("privacy")}</p>
    </section>
  );
}
