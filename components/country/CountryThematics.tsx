import { Link } from "@/components/navigation/Link";
import type { ThematicCount } from "@/lib/page-data/country";
import { plural } from "@/lib/text/format";
import { countrySearchHref } from "./country-links";

/** The most frequent themes of the country's projects, each linked to its projects in the search. */
export function CountryThematics({ code, thematics }: { code: string; thematics: ThematicCount[] }) {
  if (thematics.length === 0) return <p className="text-sm text-slate-600">Aucune thématique renseignée.</p>;
  return (
    <ol className="space-y-1 text-sm">
      {thematics.map((t) => (
        <li key={t.id}>
          {t.parentLabel && <span className="text-slate-700">{t.parentLabel} › </span>}
          <span className="font-medium">{t.label}</span>
          {" · "}
          <Link href={countrySearchHref(code, { thematic: [t.id] })}>{plural(t.count, "projet", "projets")}</Link>
        </li>
      ))}
    </ol>
  );
}
