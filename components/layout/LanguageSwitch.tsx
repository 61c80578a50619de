"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/locale-cookie";
import { switchLocale } from "@/lib/i18n/paths";
import { type Locale, routing } from "@/lib/i18n/routing";

/**
 * The same page, with the same search, in the other language. A plain link (a full page load):
 * the two languages have their own <html lang>. The choice is written to the language cookie
 * before leaving, so that the home page `/`, which follows that cookie, opens in the chosen language.
 */
export function LanguageSwitch() {
  const t = useTranslations("layout.language");
  const locale = useLocale() as Locale;
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  const search = useSearchParams().toString();
  const href = switchLocale(usePathname(), search ? `?${search}` : "", other);
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      onClick={() => {
        // biome-ignore lint/suspicious/noDocumentCookie: one first-party cookie, read by proxy.ts.
        document.cookie = `${LOCALE_COOKIE}=${other}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
      }}
      aria-label={t("switchToLabel")}
      className="rounded border border-slate-300 px-3 py-1.5 text-sm text-marine-800 no-underline hover:bg-marine-50"
    >
      {t("switchTo")}
    </a>
  );
}
