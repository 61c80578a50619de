import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { projectWhere } from "./filters";
import { withTextQuery } from "./text-query";
import type { SearchParams } from "./params";

/**
 * Facet counts beside the results. Each facet is counted with every active filter except its own,
 * so a user sees how many projects each other choice would give. Each count unnests the
 * project's facet array (no joins over partner or thematic rows); the queries run concurrently.
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

export async function facetCounts(input: SearchParams): Promise<Facets> {
  const params = await withTextQuery(input);
  const db = prisma();
  const themeColumn = params.primary ? Prisma.sql`p.primary_theme_ids` : Prisma.sql`p.theme_ids`;
  const [country, thematic, status, year, french, region, funder, sdg] = await Promise.all([
    db.$queryRaw<FacetValue[]>`
      SELECT v.code AS value, coalesce(co.name_fr, v.code) AS label, v.count FROM (
        SELECT code, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.country_codes) AS code
        ${projectWhere(params, "country")} GROUP BY code) v
      LEFT JOIN country co ON co.code = v.code ORDER BY v.count DESC, label`,
    db.$queryRaw<ThematicFacetValue[]>`
      SELECT t.id::text AS value, t.label, t.level, t.parent_id::text AS parent, v.count FROM (
        SELECT theme_node, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(${themeColumn}) AS theme_node
        ${projectWhere(params, "thematic")} GROUP BY theme_node) v
      JOIN thematic t ON t.id = v.theme_node ORDER BY t.level, v.count DESC, t.label`,
    db.$queryRaw<FacetValue[]>`
      SELECT p.status AS value, p.status AS label, count(*)::int AS count FROM project p
      ${projectWhere(params, "status")} GROUP BY p.status HAVING p.status IS NOT NULL ORDER BY count DESC`,
    db.$queryRaw<{ year: number; count: number }[]>`
      SELECT p.start_year AS year, count(*)::int AS count FROM project p
      ${projectWhere(params, "year")} GROUP BY p.start_year HAVING p.start_year IS NOT NULL ORDER BY p.start_year`,
    db.$queryRaw<FacetValue[]>`
      SELECT c.id::text AS value, c.display_name AS label, v.count FROM (
        SELECT french_id, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.french_ids) AS french_id
        ${projectWhere(params, "french")} GROUP BY french_id ORDER BY count DESC LIMIT 200) v
      JOIN collectivite c ON c.id = v.french_id ORDER BY v.count DESC, label`,
    db.$queryRaw<FacetValue[]>`
      SELECT v.code AS value, coalesce((SELECT c.region_name FROM collectivite c WHERE c.region_code = v.code LIMIT 1), v.code) AS label, v.count
      FROM (SELECT code, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.region_codes) AS code
            ${projectWhere(params, "region")} GROUP BY code) v ORDER BY v.count DESC, label`,
    db.$queryRaw<FacetValue[]>`
      SELECT kind AS value, kind AS label, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.funder_kinds) AS kind
      ${projectWhere(params, "funder")} GROUP BY kind ORDER BY count DESC`,
    db.$queryRaw<FacetValue[]>`
      SELECT s.goal::text AS value, coalesce(s.label, 'ODD ' || s.goal) AS label, v.count FROM (
        SELECT goal, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.sdg_goals) AS goal
        ${projectWhere(params, "sdg")} GROUP BY goal) v
      JOIN sdg s ON s.goal = v.goal ORDER BY s.goal`,
  ]);
  return { country, thematic, status, year, french, region, funder, sdg };
}
