import "server-only";
import { prisma } from "../db/client";
import type { ThematicNode } from "./response-schemas";

interface ThematicRow {
  id: number;
  label: string;
  level: number;
  parentId: number | null;
  projectCount: number;
}

/** The thematic tree (themes › sub-themes › sub-sub-themes) with project counts, as the search counts them (GET /api/thematics). */
export async function thematicTree(): Promise<{ items: ThematicNode[] }> {
  const rows = await prisma().$queryRaw<ThematicRow[]>`
    SELECT t.id, t.label, t.level, t.parent_id AS "parentId",
      (SELECT count(DISTINCT pt.project_id)::int FROM project_thematic pt
        WHERE t.id IN (pt.theme_id, pt.sub_theme_id, pt.sub_sub_theme_id)) AS "projectCount"
    FROM thematic t ORDER BY t.level, atlas_fold(t.label), t.id`;
  const nodes = new Map<number, ThematicNode>(
    rows.map((r) => [r.id, { id: r.id, label: r.label, level: r.level, projectCount: r.projectCount, children: [] }]),
  );
  const roots: ThematicNode[] = [];
  for (const row of rows) {
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    (parent ? parent.children : roots).push(nodes.get(row.id)!);
  }
  return { items: roots };
}
