import { FeedLink } from "@/components/standards/FeedLink";
import { Link } from "@/components/navigation/Link";
import type { CollectiviteDetail } from "@/lib/page-data/collectivite";
import { toQueryString } from "@/lib/search/params";
import { plural } from "@/lib/text/format";
import { Identity } from "./Identity";

/** Breadcrumb (through its country for a foreign one), name, identity and figures. */
export function CollectiviteHeader({
  c,
  projectCount,
  foreignCount,
  frenchCount,
}: {
  c: CollectiviteDetail;
  projectCount: number;
  foreignCount: number;
  frenchCount: number;
}) {
  const isFrench = c.side === "french";
  const searchHref = isFrench ? `/projets${toQueryString({ french: [c.id] })}` : null;
  // The map takes the search's filters: filtered on this collectivité it shows it and its partners.
  const mapHref = isFrench ? `/carte${toQueryString({ french: [c.id] })}` : null;
  return (
    <header className="space-y-3">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/projets">Projets</Link> ›{" "}
        {c.countryCode && !isFrench ? (
          <>
            <Link href={`/pays/${c.countryCode}`}>{c.countryName ?? c.countryCode}</Link> ›{" "}
          </>
        ) : null}
        <span>Collectivité</span>
      </nav>
      <h1 className="text-2xl font-bold text-marine-800 sm:text-3xl">{c.name}</h1>
      <Identity c={c} />
      <p className="text-slate-700">
        {plural(projectCount, "projet", "projets")},{" "}
        {plural(foreignCount, "partenaire étranger", "partenaires étrangers")}
        {frenchCount > 0 &&
          `, ${plural(frenchCount, "autre collectivité française", "autres collectivités françaises")}`}
        {searchHref && (
          <>
            {" "}
            · <Link href={searchHref}>ses projets dans la recherche</Link>
          </>
        )}
        {mapHref && (
          <>
            {" "}
            · <Link href={mapHref}>ses partenaires sur la carte</Link>
          </>
        )}
        {searchHref && (
          <>
            {" "}
            · <FeedLink params={{ french: [c.id] }} label="S'abonner (Atom)" />
          </>
        )}
      </p>
    </header>
  );
}
