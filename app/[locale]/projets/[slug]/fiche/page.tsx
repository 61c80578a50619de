import type { Metadata } from "next";
import { Link } from "@/components/navigation/Link";
import { notFound } from "next/navigation";
import { getProject, type ProjectDetail } from "@/lib/page-data/project";
import { pathSegment, readSegment } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

async function projectOf(params: Props["params"]): Promise<ProjectDetail | null> {
  const slug = readSegment(pathSegment, (await params).slug);
  return slug === null ? null : getProject(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await projectOf(params);
  return {
    title: project ? `Fiche source : ${project.title.slice(0, 80)}` : "Projet introuvable",
    robots: { index: false },
  };
}

/** The fiche exactly as imported, readable in the site; `/source` serves the same text raw, for download. */
export default async function SourceFichePage({ params }: Props) {
  const project = await projectOf(params);
  if (!project) notFound();
  const file = project.sourceFile.split("/").pop();
  return (
    <article className="space-y-4">
      <nav aria-label="Fil d'Ariane" className="text-sm">
        <Link href="/projets">Projets</Link> › <Link href={`/projets/${project.slug}`}>Projet</Link> ›{" "}
        <span>Fiche source</span>
      </nav>
      <h1 className="text-2xl font-bold leading-tight text-marine-800">Fiche source : {project.title}</h1>
      <p className="text-sm text-slate-700">
        Le texte importé tel quel ({project.format}, {file}), pour vérifier l&apos;atlas contre sa source.{" "}
        <a href={`/projets/${project.slug}/source`} download={file}>
          Télécharger le texte brut
        </a>
      </p>
      <pre className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-4 text-sm leading-relaxed">
        {project.rawSource}
      </pre>
    </article>
  );
}
