import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";

/** Everything the project page shows, in one Prisma read (cached per request: metadata and page share it). */
export const getProject = cache(async function getProject(slug: string) {
  return prisma().project.findUnique({
    where: { slug },
    include: {
      thematic: { include: { parent: { include: { parent: true } } } },
      thematics: {
        orderBy: { position: "asc" },
        include: { thematic: { include: { parent: { include: { parent: true } } } } },
      },
      sdgs: { orderBy: { position: "asc" }, include: { sdg: true } },
      partners: { orderBy: [{ role: "asc" }, { position: "asc" }], include: { collectivite: true } },
      partnerContacts: { orderBy: { position: "asc" } },
      embassyPosts: { orderBy: { position: "asc" }, include: { post: true } },
      embassyContacts: true,
      funding: { orderBy: { position: "asc" }, include: { funder: true } },
      documents: { orderBy: { position: "asc" } },
      volunteers: { orderBy: { position: "asc" } },
    },
  });
});

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProject>>>;

export interface RelatedProject {
  slug: string;
  title: string;
  startYear: number | null;
  sharedPartners: number;
  sharedThemes: number;
}

/** Projects sharing partners (weighted most) or thematics with this one. */
export async function relatedProjects(projectId: number, limit = 5): Promise<RelatedProject[]> {
  return prisma().$queryRaw<RelatedProject[]>`
    WITH partners AS (
      SELECT pp2.project_id, count(DISTINCT pp2.collectivite_id)::int AS n
      FROM project_partner pp JOIN project_partner pp2 ON pp2.collectivite_id = pp.collectivite_id AND pp2.project_id <> pp.project_id
      WHERE pp.project_id = ${projectId} GROUP BY pp2.project_id),
    themes AS (
      SELECT pt2.project_id, count(DISTINCT pt2.sub_theme_id)::int AS n
      FROM project_thematic pt JOIN project_thematic pt2 ON pt2.sub_theme_id = pt.sub_theme_id AND pt2.project_id <> pt.project_id
      WHERE pt.project_id = ${projectId} GROUP BY pt2.project_id)
    SELECT p.slug, p.title, p.start_year AS "startYear", coalesce(pa.n, 0) AS "sharedPartners", coalesce(th.n, 0) AS "sharedThemes"
    FROM project p LEFT JOIN partners pa ON pa.project_id = p.id LEFT JOIN themes th ON th.project_id = p.id
    WHERE pa.n IS NOT NULL OR th.n IS NOT NULL
    ORDER BY coalesce(pa.n, 0) * 3 + coalesce(th.n, 0) DESC, p.start_year DESC NULLS LAST, p.id LIMIT ${limit}`;
}
