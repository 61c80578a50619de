import type { ProjectDetail } from "@/lib/page-data/project";
import { thematicPath } from "./thematic-path";

/** The primary thematic, the others in the fiche's order, and the sustainable development goals. */
export function Thematics({ project }: { project: ProjectDetail }) {
  const primary = thematicPath(project.thematic);
  const others = project.thematics.filter((t) => !t.isPrimary);
  return (
    <>
      <p className="mb-2">
        <span className="font-medium">Principale : </span>
        {primary.length ? primary.join(" › ") : "Non renseignée"}
      </p>
      {others.length > 0 && (
        <>
          <p className="font-medium">Autres thématiques :</p>
          <ol className="ml-5 list-decimal">
            {others.map((t) => (
              <li key={t.position}>
                {thematicPath(t.thematic).join(" › ")}
                {t.priority !== null && <span className="text-sm text-slate-600"> (priorité {t.priority})</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {project.sdgs.length > 0 && (
        <>
          <p className="mt-3 font-medium">Objectifs de développement durable :</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {project.sdgs.map((s) => (
              <li key={s.goal} className="rounded-full bg-emerald-50 px-3 py-1 text-sm text-emerald-900">
                ODD {s.goal} – {s.sdg.label}
                {s.priority !== null && ` (priorité ${s.priority})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
