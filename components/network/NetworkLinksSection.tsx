import { useTranslations } from "next-intl";
import { Link } from "@/components/navigation/Link";
import { LinksTable } from "@/components/network/LinksTable";
import { LINKS_SHOWN, type StrongLink } from "@/lib/page-data/network";

/** The table of /reseau: the strongest links, the text alternative to the graph. */
export function NetworkLinksSection({ links }: { links: StrongLink[] }) {
  const t = useTranslations("network.table");
  const caption =
    links.length === LINKS_SHOWN
      ? t("captionStrongest", { count: LINKS_SHOWN })
      : t("caption", { count: links.length });
  return (
    <section aria-labelledby="liens-titre" className="space-y-2">
      <h2 id="liens-titre" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {links.length === 0 ? (
        <p>
          {t("empty")} <Link href="/reseau">{t("showAll")}</Link>.
        </p>
      ) : (
        <LinksTable links={links} caption={caption} />
      )}
    </section>
  );
}
