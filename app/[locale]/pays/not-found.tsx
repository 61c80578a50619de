import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

const EXAMPLE = "/pays/IT";

export default function CountryNotFound() {
  const t = useTranslations("country.notFound");
  const locale = useLocale() as Locale;
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-marianne">{t("code")}</p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">
        {t.rich("body", {
          example: localizeHref(EXAMPLE, locale),
          link: (chunks) => <Link href={EXAMPLE}>{chunks}</Link>,
        })}
      </p>
      <p className="mt-6">
        <Link
          href="/statistiques#pays"
          className="rounded bg-marine-700 px-4 py-2 text-white no-underline hover:bg-marine-800"
        >
          {t("action")}
        </Link>
      </p>
    </div>
  );
}
