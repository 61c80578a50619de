import { useTranslations } from "next-intl";
import { NetworkGraph } from "@/components/network/NetworkGraph";

/** The graph of /reseau, drawn from the network API with the page's filters. */
export function NetworkGraphSection({ query, countryChosen }: { query: string; countryChosen: boolean }) {
  const t = useTranslations("network.graph");
  return (
    <section aria-labelledby="reseau-titre" className="space-y-3">
      <h2 id="reseau-titre" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {countryChosen && <p className="text-sm">{t("countryNote")}</p>}
      <NetworkGraph src={`/api/network${query}`} label={t("label")} />
    </section>
  );
}
