import { Link } from "@/components/navigation/Link";
import type { InvolvedFrenchCollectivite } from "@/lib/page-data/country";
import { plural } from "@/lib/text/format";
import { countrySearchHref } from "./country-links";

/**
 * A country with thousands of partnerships made a page of several megabytes: the French
 * collectivités show the most engaged first, and all of them with `?francaises=toutes`.
 */
export const FRENCH_SHOWN = 30;

export function FrenchCollectivites({
  code,
  french,
  showAll,
}: {
  code: string;
  french: InvolvedFrenchCollectivite[];
  showAll: boolean;
}) {
  if (french.length === 0) return <p className="text-sm text-slate-600">Aucune collectivité française renseignée.</p>;
  return (
    <>
      <ul className="grid gap-1 sm:grid-cols-2">
        {(showAll ? french : french.slice(0, FRENCH_SHOWN)).map((f) => (
          <li key={f.id} className="text-sm">
            <Link href={`/collectivites/${f.slug}`} className="font-medium">
              {f.name}
            </Link>
            {f.regionName && <span className="text-slate-700"> ({f.regionName})</span>}
            {" · "}
            <Link href={countrySearchHref(code, { french: [f.id] })}>
              {plural(f.projectCount, "projet", "projets")}
            </Link>
          </li>
        ))}
      </ul>
      {french.length > FRENCH_SHOWN && (
        <p className="mt-3 text-sm">
          {showAll ? (
            <Link href={`/pays/${code}#collectivites-francaises`} scroll={false}>
              N&apos;afficher que les {FRENCH_SHOWN} plus engagées
            </Link>
          ) : (
            <Link href={`/pays/${code}?francaises=toutes#collectivites-francaises`} scroll={false}>
              Afficher les {french.length} collectivités françaises
            </Link>
          )}
        </p>
      )}
    </>
  );
}
