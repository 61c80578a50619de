import { Link } from "@/components/navigation/Link";
import type { ProjectDetail } from "@/lib/page-data/project";
import { FactList } from "./FactList";

/** Breadcrumb, title, the fiche's key facts and the link to its source. */
export function ProjectHeader({ project }: { project: ProjectDetail }) {
  return (
    <header className="space-y-3">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/projets">Projets</Link> › <span>Projet</span>
      </nav>
      <h1 className="text-2xl font-bold leading-tight text-marine-800 sm:text-3xl">{project.title}</h1>
      <FactList
        items={[
          ["Statut", project.status],
          ["Signature de la convention", project.conventionYear],
          ["Année de début", project.startYear],
          ["Date de fin", project.endDate ? project.endDate.toLocaleDateString("fr-FR", { timeZone: "UTC" }) : null],
          ["Forme", project.partnershipForm],
          ["Triennal", project.triennial === null ? null : project.triennial ? "Oui" : "Non"],
        ]}
      />
      <p className="text-sm">
        <Link href={`/projets/${project.slug}/fiche`}>Voir la fiche source</Link> ({project.format},{" "}
        {project.sourceFile.split("/").pop()}, <a href={`/projets/${project.slug}/source`}>texte brut</a>)
      </p>
    </header>
  );
}
