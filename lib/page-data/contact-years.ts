import "server-only";
import { prisma } from "../db/client";
import type { EmbassyRole } from "../domain/embassy-roles";

/**
 * Data quality: embassy contacts dated after the year their fiche was imported ("à jour de
 * 2028" imported in 2026). A fiche's year is the newest it speaks of, planned funding included,
 * so such a year says the fiche, not the contact, is from then. For a /qualite page.
 */
export interface ImpossibleContactYear {
  contactId: number;
  name: string;
  role: EmbassyRole;
  post: string;
  postSlug: string;
  ficheYear: number;
  importYear: number;
  projectSlug: string;
  projectTitle: string;
}

export async function impossibleContactYears(): Promise<ImpossibleContactYear[]> {
  return prisma().$queryRaw<ImpossibleContactYear[]>`
    SELECT ec.id AS "contactId", ec.name, ec.role, ep.name AS post, ep.slug AS "postSlug", ec.fiche_year AS "ficheYear",
      extract(year FROM pr.imported_at)::int AS "importYear", pr.slug AS "projectSlug", pr.title AS "projectTitle"
    FROM embassy_contact ec JOIN embassy_post ep ON ep.id = ec.post_id JOIN project pr ON pr.id = ec.project_id
    WHERE ec.fiche_year > extract(year FROM pr.imported_at)
    ORDER BY ec.fiche_year DESC, atlas_fold(ep.name), ec.id`;
}
