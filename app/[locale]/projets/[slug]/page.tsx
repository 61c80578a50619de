import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { JsonLd } from "@/components/layout/JsonLd";
import { Section } from "@/components/layout/Section";
import { Contacts } from "@/components/project/Contacts";
import { DocumentsAndVolunteers } from "@/components/project/DocumentsAndVolunteers";
import { FicheText } from "@/components/project/FicheText";
import { Funding } from "@/components/project/Funding";
import { Implementation } from "@/components/project/Implementation";
import { Partners, PartnersMap } from "@/components/project/Partners";
import { ProjectHeader } from "@/components/project/ProjectHeader";
import { ProjectSummary } from "@/components/project/ProjectSummary";
import { RelatedProjects } from "@/components/project/RelatedProjects";
import { Thematics } from "@/components/project/Thematics";
import { thematicLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import { getProject, type ProjectDetail, relatedProjects } from "@/lib/page-data/project";
import { pageOrigin } from "@/lib/http/page-origin";
import { pathSegment, readSegment } from "@/lib/http/route-params";
import { projectSchema } from "@/lib/open-data/schema-org";

type Props = { params: Promise<{ slug: string }> };

/** The project the URL names, or null for an unknown or malformed slug (a 404 either way). */
async function projectOf(params: Props["params"]): Promise<ProjectDetail | null> {
  const slug = readSegment(pathSegment, (await params).slug);
  return slug === null ? null : getProject(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await projectOf(params);
  const t = await getTranslations("project");
  if (!project) return { title: t("notFound") };
  const partners = project.partners
    .map((p) => p.nameAsWritten)
    .slice(0, 6)
    .join(", ");
  const locale = (await getLocale()) as Locale;
  const theme = project.thematic ? thematicLabel(project.thematic.label, locale) : t("fallbackTheme");
  const description = `${theme} · ${partners}`.slice(0, 200);
  return {
    title: project.title.slice(0, 90),
    description,
    openGraph: { title: project.title, description, type: "article" },
  };
}

export default async function ProjectPage({ params }: Props) {
  const project = await projectOf(params);
  if (!project) notFound();
  const related = await relatedProjects(project.id);
  const t = await getTranslations("project.sections");

  return (
    <article className="space-y-10">
      <JsonLd data={projectSchema(project, await pageOrigin())} />
      <ProjectHeader project={project} />
      <ProjectSummary project={project} />
      <Section id="thematiques" title={t("thematics")}>
        <Thematics project={project} />
      </Section>
      <Section id="partenaires" title={t("partners")}>
        <Partners project={project} />
      </Section>
      <Section id="carte-partenaires" title={t("partnersMap")}>
        <PartnersMap project={project} />
      </Section>

      <Section id="contexte" title={t("context")}>
        <FicheText text={project.context} />
      </Section>
      {project.history && (
        <Section id="historique" title={t("history")}>
          <FicheText text={project.history} />
        </Section>
      )}
      <Section id="objectifs" title={t("objectives")}>
        <FicheText text={project.objectives} />
      </Section>
      <Section id="description" title={t("description")}>
        <FicheText text={project.description} />
      </Section>

      <Section id="mise-en-oeuvre" title={t("implementation")}>
        <Implementation project={project} />
      </Section>
      <Section id="financement" title={t("funding")}>
        <Funding project={project} />
      </Section>
      <Section id="contacts" title={t("contacts")}>
        <Contacts project={project} />
      </Section>
      <Section id="documents" title={t("documents")}>
        <DocumentsAndVolunteers project={project} />
      </Section>
      <Section id="projets-lies" title={t("related")}>
        <RelatedProjects related={related} />
      </Section>
    </article>
  );
}
