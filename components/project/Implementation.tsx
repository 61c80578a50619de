import { useTranslations } from "next-intl";
import type { ProjectDetail } from "@/lib/page-data/project";
import { FactList } from "./FactList";
import { FicheText, FicheValue } from "./FicheText";

const fiche = (value: string | null) => value && <FicheValue>{value}</FicheValue>;

/** Who carries the project out, who commissions it, and who benefits. */
export function Implementation({ project }: { project: ProjectDetail }) {
  const t = useTranslations("project.implementation");
  return (
    <>
      <FactList
        items={[
          [t("managers"), fiche(project.projectManagers)],
          [t("authorities"), fiche(project.contractingAuthorities)],
        ]}
      />
      <h3 className="mb-1 mt-4 font-semibold">{t("beneficiaries")}</h3>
      <FicheText text={project.beneficiaries} />
    </>
  );
}
