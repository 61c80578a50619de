import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/layout/JsonLd";
import { Paragraphs, Section } from "@/components/layout/Section";
import { Contacts } from "@/components/project/Contacts";
import { DocumentsAndVolunteers } from "@/components/project/DocumentsAndVolunteers";
import { Funding } from "@/components/project/Funding";
import { Implementation } from "@/components/project/Implementation";
import { Partners, PartnersMap } from "@/components/project/Partners";
import { ProjectHeader } from "@/components/project/ProjectHeader";
import { ProjectSummary } from "@/components/project/ProjectSummary";
import { RelatedProjects } from "@/components/project/RelatedProjects";
import { Thematics } from "@/components/project/Thematics";
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
  if (!project) return { title: "Projet introuvable" };
  const partners = project.partners
    .map((p) => p.nameAsWritten)
    .slice(0, 6)
    .join(", ");
  const description = `${project.thematic?.label ?? "Coopération décentralisée"} · ${partners}`.slice(0, 200);
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

  return (
    <article className="space-y-10">
      <JsonLd data={projectSchema(project, await pageOrigin())} />
      <ProjectHeader project={project} />
      <ProjectSummary project={project} />
      <Section id="thematiques" title="Thématiques">
        <Thematics project={project} />
      </Section>
      <Section id="partenaires" title="Partenaires">
        <Partners project={project} />
      </Section>
      <Section id="carte-partenaires" title="Carte des partenaires">
        <PartnersMap project={project} />
      </Section>

      <Section id="contexte" title="Contexte">
        <Paragraphs text={project.context} />
      </Section>
      {project.history && (
        <Section id="historique" title="Historique">
          <Paragraphs text={project.history} />
        </Section>
      )}
      <Section id="objectifs" title="Objectifs">
        <Paragraphs text={project.objectives} />
      </Section>
      <Section id="description" title="Description">
        <Paragraphs text={project.description} />
      </Section>

      <Section id="mise-en-oeuvre" title="Mise en œuvre">
        <Implementation project={project} />
      </Section>
      <Section id="financement" title="Financement par année">
        <Funding project={project} />
      </Section>
      <Section id="contacts" title="Contacts">
        <Contacts project={project} />
      </Section>
      <Section id="documents" title="Documents et volontaires">
        <DocumentsAndVolunteers project={project} />
      </Section>
      <Section id="projets-lies" title="Projets liés">
        <RelatedProjects related={related} />
      </Section>
    </article>
  );
}
