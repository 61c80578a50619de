import type { ProjectDetail } from "@/lib/page-data/project";
import { formatCount } from "@/lib/text/format";

/** The documents attached to the fiche and the volunteers it names. */
export function DocumentsAndVolunteers({ project }: { project: ProjectDetail }) {
  return (
    <>
      {project.documents.length === 0 ? (
        <p className="text-sm text-slate-600">Aucun document joint.</p>
      ) : (
        <ul className="list-disc pl-5">
          {project.documents.map((d) => (
            <li key={d.id}>
              {d.title}
              {d.fileName && ` (${d.fileName}`}
              {d.sizeKb && `, ${formatCount(d.sizeKb.toNumber())} Ko`}
              {d.fileName && ")"}
            </li>
          ))}
        </ul>
      )}
      {project.volunteers.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Aucun volontaire indiqué.</p>
      ) : (
        <ul className="mt-2 list-disc pl-5">
          {project.volunteers.map((v) => (
            <li key={v.id}>
              {[v.firstName, v.lastName].filter(Boolean).join(" ")} —{" "}
              {[v.mission, v.field, v.entity].filter(Boolean).join(" · ")}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
