import { isApproximate, precisionLabel, precisionNote } from "@/components/map/precision";
import type { CollectiviteDetail } from "@/lib/page-data/collectivite";
import type { Precision } from "@/lib/domain/map-place";
import { formatCount } from "@/lib/text/format";

/**
 * Where the atlas placed a collectivité and how sure it is: precision, source of the point,
 * and, when homonyms left it undecided, the other candidates.
 */
function sourceLabel(source: string | null): string {
  if (!source || source === "none") return "aucune";
  if (source === "override") return "correction manuelle (fichier des corrections géographiques)";
  if (source.startsWith("etalab+geonames")) return "Découpage administratif (Etalab) et GeoNames";
  if (source.startsWith("country-centroid")) return "capitale du pays (GeoNames)";
  if (source.startsWith("geonames")) return `GeoNames (${source.replace("geonames:", "n° ")})`;
  return source;
}

const coordinate = (v: number) => v.toLocaleString("fr-FR", { maximumFractionDigits: 4 });

export function Placement({ collectivite: c }: { collectivite: CollectiviteDetail }) {
  const quality = { precision: c.precision as Precision, ambiguous: c.geoAmbiguous };
  // The gazetteer lists the chosen place first, then the homonyms it set aside.
  const others = c.geoAlternatives.slice(1);
  return (
    <div className="space-y-2 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-700">Précision</dt>
        <dd>{precisionLabel(quality)}</dd>
        <dt className="font-medium text-slate-700">Coordonnées</dt>
        <dd>{c.lat !== null && c.lon !== null ? `${coordinate(c.lat)}, ${coordinate(c.lon)}` : "inconnues"}</dd>
        <dt className="font-medium text-slate-700">Source</dt>
        <dd>{sourceLabel(c.geoSource)}</dd>
      </dl>
      {isApproximate(quality) && <p className="text-slate-700">{precisionNote(quality)}</p>}
      {c.geoAmbiguous && others.length > 0 && (
        <div>
          <p className="font-medium">Autres lieux du même nom envisagés :</p>
          <ul className="list-disc pl-5">
            {others.map((a, i) => (
              <li key={i}>
                {a.name ?? a.officialName}
                {a.admin1 && ` (${a.admin1})`}
                {a.departementCode && ` (département ${a.departementCode})`}
                {typeof a.population === "number" && ` · ${formatCount(a.population)} hab.`}
                {typeof a.lat === "number" &&
                  typeof a.lon === "number" &&
                  ` · ${coordinate(a.lat)}, ${coordinate(a.lon)}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
