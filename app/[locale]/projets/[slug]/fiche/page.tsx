import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/navigation/Link";
import { contentLang } from "@/lib/i18n/content-lang";
import { localizeHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { getProject, type ProjectDetail } from "@/lib/page-data/project";
import { pathSegment, readSegment } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

async function projectOf(params: Props["params"]): Promise<ProjectDetail | null> {
  const slug = readSegment(pathSegment, (await params).slug);
  return slug === null ? null : getProject(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await projectOf(params);
  const t = await getTranslations("project");
  return {
    title: project ? t("record.metaTitle", { title: project.title.slice(0, 80) }) : t("notFound"),
    robots: { index: false },
  };
}

/**
 * The fiche exactly as imported, readable in the site; `/source` serves the same text raw, for
 * download. The fiche's text stays French on the English page (marked so).
 */
export default async function SourceFichePage({ params }: Props) {
  const project = await projectOf(params);
  if (!project) notFound();
  const t = await getTranslations("project");
  const locale = (await getLocale()) as Locale;
  const lang = contentLang(locale);
  const file = project.sourceFile.split("/").pop();
  return (
    <article className="space-y-4">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/projets">{t("projects")}</Link> › <Link href={`/projets/${project.slug}`}>{t("project")}</Link> ›{" "}
        <span>{t("record.breadcrumb")}</span>
      </nav>
      <h1 className="text-2xl font-bold leading-tight text-marine-800">
        {t("record.title")}
        <span lang={lang}>{project.title}</span>
      </h1>
      <p className="text-sm text-slate-700">
        {t("record.intro", { format: project.format, file: file ?? "" })}{" "}
        <a href={localizeHref(`/projets/${project.slug}/source`, locale)} download={file}>
          {t("record.download")}
        </a>
      </p>
      <pre
        lang={lang}
        className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-4 text-sm leading-relaxed"
      >
        {project.rawSource}
      </pre>
    </article>
  );
}
