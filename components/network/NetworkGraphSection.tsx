import { useLocale, useTranslations } from "next-intl";
import { NetworkGraph } from "@/components/network/NetworkGraph";
import { apiHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/** The graph of /reseau, drawn from the network API with the page's filters. */
export function NetworkGraphSection({ query, countryChosen }: { query: string; countryChosen: boolean }) {
  const t = useTranslations("network.graph");
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="reseau-titre" className="space-y-3">
      <h2 id="reseau-titre" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {countryChosen && <p className="text-sm">{t("countryNote")}</p>}
      <NetworkGraph src={apiHref(`/api/network${query}`, locale)} label={t("label")} />
    </section>
  );
}
