import "server-only";
import { prisma } from "../db/client";
import { projectWhere } from "../search/filters";
import { withTextQuery } from "../search/text-query";
import type { SearchParams } from "../search/params";

/** How many entries a feed carries: the newest projects are what a subscriber wants. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  slug: string;
  title: string;
  /** First import (imported_at is written once, on insert: lib/import/write-project.ts). */
  publishedAt: Date;
  /** Last time the fiche changed (updated_at, set on every update). */
  updatedAt: Date;
  startYear: number | null;
  endYear: number | null;
  thematics: string[];
  frenchPartners: string[];
  foreignPartners: string[];
  countries: string[];
}

/** The newest matching projects by first import, newest first. */
export async function feedEntries(input: SearchParams): Promise<FeedEntry[]> {
  const params = await withTextQuery(input);
  return prisma().$queryRaw<FeedEntry[]>`
    WITH hits AS (SELECT p.* FROM project p ${projectWhere(params)} ORDER BY p.imported_at DESC, p.id DESC LIMIT ${FEED_SIZE})
    SELECT p.slug, p.title, p.imported_at AS "publishedAt", p.updated_at AS "updatedAt", p.start_year AS "startYear",
      extract(year FROM p.end_date)::int AS "endYear",
      coalesce((SELECT array_agg(t.label ORDER BY pt.position) FROM project_thematic pt JOIN thematic t ON t.id = pt.theme_id WHERE pt.project_id = p.id), '{}') AS thematics,
      coalesce((SELECT array_agg(c.display_name ORDER BY pp.position) FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id WHERE pp.project_id = p.id AND pp.role = 'french'), '{}') AS "frenchPartners",
      coalesce((SELECT array_agg(c.display_name ORDER BY pp.position) FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id WHERE pp.project_id = p.id AND pp.role = 'foreign'), '{}') AS "foreignPartners",
      coalesce((SELECT array_agg(co.name_fr ORDER BY co.name_fr) FROM country co WHERE co.code = ANY(p.country_codes)), '{}') AS countries
    FROM hits p ORDER BY p.imported_at DESC, p.id DESC`;
}
