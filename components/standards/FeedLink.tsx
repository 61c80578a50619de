import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { toQueryString, type SearchParams } from "@/lib/search/params";

/** "S'abonner" to the Atom feed of a filtered search (app/projets/flux.atom), by default with the link text of the `openData` messages. */
export function FeedLink({ params, label }: { params: Partial<SearchParams>; label?: string }) {
  const t = useTranslations("openData");
  const locale = useLocale() as Locale;
  return (
    <a
      href={localizeHref(`/projets/flux.atom${toQueryString(params)}`, locale)}
      type="application/atom+xml"
      className="text-sm"
    >
      {label ?? t("feed")}
    </a>
  );
}
