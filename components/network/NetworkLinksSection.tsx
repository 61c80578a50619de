import { Link } from "@/components/navigation/Link";
import { LinksTable } from "@/components/network/LinksTable";
import { LINKS_SHOWN, type StrongLink } from "@/lib/page-data/network";
import { plural } from "@/lib/text/format";

/** The table of /reseau: the strongest links, the text alternative to the graph. */
export function NetworkLinksSection({ links }: { links: StrongLink[] }) {
  return (
    <section aria-labelledby="liens-titre" className="space-y-2">
      <h2 id="liens-titre" className="text-lg font-semibold">
        Tableau des liens
      </h2>
      {links.length === 0 ? (
        <p>
          Aucun lien ne correspond à ces filtres. <Link href="/reseau">Afficher tout le réseau</Link>.
        </p>
      ) : (
        <LinksTable links={links} caption={linksCaption(links.length)} />
      )}
    </section>
  );
}

function linksCaption(count: number): string {
  return count === LINKS_SHOWN
    ? `Les ${LINKS_SHOWN} liens les plus forts : les paires de collectivités et leurs projets communs`
    : `${plural(count, "lien", "liens")} : les paires de collectivités et leurs projets communs`;
}
