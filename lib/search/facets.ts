import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { projectWhere } from "./filters";
import type { SearchParams } from "./params";

/**
 * Facet counts beside the results. Each facet is counted with every active filter except its own,
 * so a user sees how many projects each other choice would give. The queries run concurrently.
 */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface ThematicFacetValue extends FacetValue {
  level: number;
  parent: string | null;
}

export interface Facets {
  country: FacetValue[];
  thematic: ThematicFacetValue[];
  status: FacetValue[];
  year: { year: number; count: number }[];
  french: FacetValue[];
  region: FacetValue[];
  funder: FacetValue[];
  sdg: FacetValue[];
}

export async function facetCounts(params: SearchParams): Promise<Facets> {
  const db = prisma();
  const [country, thematic, status, year, french, region, funder, sdg] = await Promise.all([
    db.$queryRaw<FacetValue[]>`
      SELECT c.country_code AS value, coalesce(co.name_fr, max(c.country_label)) AS label, count(DISTINCT p.id)::int AS count
      FROM project p JOIN project_partner pp ON pp.project_id = p.id AND pp.role = 'foreign'
      JOIN collectivite c ON c.id = pp.collectivite_id LEFT JOIN country co ON co.code = c.country_code
      ${projectWhere(params, "country")}
      GROUP BY c.country_code, co.name_fr HAVING c.country_code <> '' ORDER BY count DESC, label`,
    db.$queryRaw<ThematicFacetValue[]>`
      SELECT t.id::text AS value, t.label, t.level, t.parent_id::text AS parent, count(DISTINCT p.id)::int AS count
      FROM project p JOIN project_thematic pt ON pt.project_id = p.id ${params.primary ? Prisma.sql`AND pt.is_primary` : Prisma.empty}
      JOIN thematic t ON t.id IN (pt.theme_id, pt.sub_theme_id, pt.sub_sub_theme_id)
      ${projectWhere(params, "thematic")}
      GROUP BY t.id ORDER BY t.level, count DESC, t.label`,
    db.$queryRaw<FacetValue[]>`
      SELECT p.status AS value, p.status AS label, count(*)::int AS count FROM project p
      ${projectWhere(params, "status")} GROUP BY p.status HAVING p.status IS NOT NULL ORDER BY count DESC`,
    db.$queryRaw<{ year: number; count: number }[]>`
      SELECT p.start_year AS year, count(*)::int AS count FROM project p
      ${projectWhere(params, "year")} GROUP BY p.start_year HAVING p.start_year IS NOT NULL ORDER BY p.start_year`,
    db.$queryRaw<FacetValue[]>`
      SELECT c.id::text AS value, c.display_name AS label, count(DISTINCT p.id)::int AS count
      FROM project p JOIN project_partner pp ON pp.project_id = p.id AND pp.role = 'french'
      JOIN collectivite c ON c.id = pp.collectivite_id
      ${projectWhere(params, "french")} GROUP BY c.id ORDER BY count DESC, label LIMIT 200`,
    db.$queryRaw<FacetValue[]>`
      SELECT c.region_code AS value, max(c.region_name) AS label, count(DISTINCT p.id)::int AS count
      FROM project p JOIN project_partner pp ON pp.project_id = p.id AND pp.role = 'french'
      JOIN collectivite c ON c.id = pp.collectivite_id
      ${projectWhere(params, "region")} GROUP BY c.region_code HAVING c.region_code IS NOT NULL ORDER BY count DESC, label`,
    db.$queryRaw<FacetValue[]>`
      SELECT f.funder_kind AS value, f.funder_kind AS label, count(DISTINCT p.id)::int AS count
      FROM project p JOIN funding f ON f.project_id = p.id
      ${projectWhere(params, "funder")} GROUP BY f.funder_kind ORDER BY count DESC`,
    db.$queryRaw<FacetValue[]>`
      SELECT s.goal::text AS value, coalesce(s.label, 'ODD ' || s.goal) AS label, count(DISTINCT p.id)::int AS count
      FROM project p JOIN project_sdg ps ON ps.project_id = p.id JOIN sdg s ON s.goal = ps.goal
      ${projectWhere(params, "sdg")} GROUP BY s.goal ORDER BY s.goal`,
  ]);
  return { country, thematic, status, year, french, region, funder, sdg };
}
