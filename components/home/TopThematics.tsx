import { Link } from "@/components/navigation/Link";
import type { ThematicCount } from "@/lib/page-data/home";
import { plural } from "@/lib/text/format";
import { toQueryString } from "@/lib/search/params";

export const thematicHref = (id: number) => `/projets${toQueryString({ thematic: [id] })}`;

/** The themes with the most projects, each leading to its projects. */
export function TopThematics({ thematics }: { thematics: ThematicCount[] }) {
  return (
    <section aria-labelledby="thematiques" className="space-y-3">
      <h2 id="thematiques" className="text-xl font-semibold text-marine-800">
        Thématiques les plus fréquentes
      </h2>
      <ul className="space-y-1">
        {thematics.map((t) => (
          <li key={t.id}>
            <Link
              href={thematicHref(t.id)}
              className="flex items-start justify-between gap-2 rounded px-1.5 py-1 no-underline hover:bg-marine-50"
            >
              <span className="underline underline-offset-2">{t.label}</span>
              <span className="shrink-0 tabular-nums text-slate-700">{plural(t.projects, "projet", "projets")}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <Link href="/statistiques">Toutes les statistiques</Link>
      </p>
    </section>
  );
}
