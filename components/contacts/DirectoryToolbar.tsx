import { Link } from "@/components/navigation/Link";
import { plural } from "@/lib/text/format";

/**
 * The line under the directory's search form: what is listed, the "Postes vacants" filter with
 * its count, and the exports. With no one to export the export links are not offered (the
 * export would be an empty file).
 */
export function DirectoryToolbar({
  postCount,
  partnerCount,
  vacantCount,
  vacant,
  exportable,
  filtered,
  q,
  links,
}: {
  postCount: number;
  partnerCount: number;
  vacantCount: number;
  vacant: boolean;
  exportable: boolean;
  filtered: boolean;
  q: string | undefined;
  links: { exportHref: (format: string) => string; vacantHref: (on: boolean) => string };
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
      <p aria-live="polite" className="font-medium">
        {vacant
          ? plural(postCount, "poste vacant", "postes vacants")
          : plural(postCount, "poste diplomatique", "postes diplomatiques")}
        {!vacant && <> et {plural(partnerCount, "contact de partenaire", "contacts de partenaires")}</>}
        {q && <> pour « {q} »</>}
      </p>
      <p className="flex flex-wrap gap-3 text-sm">
        {vacant ? (
          <Link href={links.vacantHref(false)}>Tous les postes et contacts</Link>
        ) : (
          <Link href={links.vacantHref(true)} data-testid="vacant-filter">
            Postes vacants ({vacantCount})
          </Link>
        )}
        {exportable ? (
          <>
            <span>Exporter {filtered ? "cette sélection" : "l'annuaire"} :</span>
            <a href={links.exportHref("csv")} download>
              CSV
            </a>
            <a href={links.exportHref("vcf")} download>
              vCard
            </a>
          </>
        ) : (
          <span className="text-slate-600">Rien à exporter : aucune personne dans cette sélection.</span>
        )}
        {filtered && <Link href="/contacts">Effacer la recherche</Link>}
      </p>
    </div>
  );
}
