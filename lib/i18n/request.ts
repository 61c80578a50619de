import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./catalogue";
import { isLocale, routing } from "./routing";

// next-intl's per-request configuration: the locale proxy.ts resolved from the URL, its messages,
// and the time zone dates are shown in (the Atlas is French; a fiche's dates are Paris dates).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Paris" };
});
