import { Paragraphs } from "@/components/layout/Section";
import type { ProjectDetail } from "@/lib/page-data/project";
import { FactList } from "./FactList";

/** Who carries the project out, who commissions it, and who benefits. */
export function Implementation({ project }: { project: ProjectDetail }) {
  return (
    <>
      <FactList
        items={[
          ["Maître(s) d'œuvre", project.projectManagers],
          ["Maître(s) d'ouvrage", project.contractingAuthorities],
        ]}
      />
      <h3 className="mb-1 mt-4 font-semibold">Bénéficiaires</h3>
      <Paragraphs text={project.beneficiaries} />
    </>
  );
}
