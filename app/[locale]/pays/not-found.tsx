import { useLocale, useTranslations } from "next-intl";
import { NotFoundNotice } from "@/components/layout/NotFoundNotice";
import { Link } from "@/components/navigation/Link";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

const EXAMPLE = "/pays/IT";

export default function CountryNotFound() {
  const t = useTranslations("country.notFound");
  const locale = useLocale() as Locale;
  return (
    <NotFoundNotice
      code={t("code")}
      title={t("title")}
      body={t.rich("body", {
        example: localizeHref(EXAMPLE, locale),
        link: (chunks) => <Link href={EXAMPLE}>{chunks}</Link>,
      })}
      action={{ href: "/statistiques#pays", label: t("action") }}
    />
  );
}
