import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { projectWhere } from "./filters";
import type { FacetKey, SearchParams } from "./params";
import { cachedUntilImport, dataVersion } from "./data-version";
import { withTextQuery } from "./text-query";

/**
 * Facet counts beside the results. Each facet is counted with every active filter except its own,
 * so a user sees how many projects each other choice would give. A count unnests the project's
 * facet array (no joins over partner or thematic rows), and the queries run concurrently.
 * A facet counted with no filter at all (the home page, or the facet of the only active filter)
 * is the same for everyone until the next import: it is kept in memory per data version.
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

type FacetQuery<K extends FacetKey> = (where: Prisma.Sql, params: SearchParams) => Promise<Facets[K]>;

const FACET_QUERIES: { [K in FacetKey]: FacetQuery<K> } = {
  country: (where) => prisma().$queryRaw<FacetValue[]>`
    SELECT v.code AS value, coalesce(co.name_fr, v.code) AS label, v.count FROM (
      SELECT code, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.country_codes) AS code
      ${where} GROUP BY code) v
    LEFT JOIN country co ON co.code = v.code ORDER BY v.count DESC, label`,
  thematic: (where, params) => prisma().$queryRaw<ThematicFacetValue[]>`
    SELECT t.id::text AS value, t.label, t.level, t.parent_id::text AS parent, v.count FROM (
      SELECT theme_node, count(*)::int AS count
      FROM project p CROSS JOIN LATERAL unnest(${params.primary ? Prisma.sql`p.primary_theme_ids` : Prisma.sql`p.theme_ids`}) AS theme_node
      ${where} GROUP BY theme_node) v
    JOIN thematic t ON t.id = v.theme_node ORDER BY t.level, v.count DESC, t.label`,
  status: (where) => prisma().$queryRaw<FacetValue[]>`
    SELECT p.status AS value, p.status AS label, count(*)::int AS count FROM project p
    ${where} GROUP BY p.status HAVING p.status IS NOT NULL ORDER BY count DESC`,
  year: (where) => prisma().$queryRaw<{ year: number; count: number }[]>`
    SELECT p.start_year AS year, count(*)::int AS count FROM project p
    ${where} GROUP BY p.start_year HAVING p.start_year IS NOT NULL ORDER BY p.start_year`,
  french: (where) => prisma().$queryRaw<FacetValue[]>`
    SELECT c.id::text AS value, c.display_name AS label, v.count FROM (
      SELECT french_id, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.french_ids) AS french_id
      ${where} GROUP BY french_id ORDER BY count DESC LIMIT 50) v
    JOIN collectivite c ON c.id = v.french_id ORDER BY v.count DESC, label`,
  region: (where) => prisma().$queryRaw<FacetValue[]>`
    SELECT v.code AS value, coalesce((SELECT c.region_name FROM collectivite c WHERE c.region_code = v.code LIMIT 1), v.code) AS label, v.count
    FROM (SELECT code, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.region_codes) AS code
          ${where} GROUP BY code) v ORDER BY v.count DESC, label`,
  funder: (where) => prisma().$queryRaw<FacetValue[]>`
    SELECT kind AS value, kind AS label, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.funder_kinds) AS kind
    ${where} GROUP BY kind ORDER BY count DESC`,
  sdg: (where) => prisma().$queryRaw<FacetValue[]>`
    SELECT s.goal::text AS value, coalesce(s.label, 'ODD ' || s.goal) AS label, v.count FROM (
      SELECT goal, count(*)::int AS count FROM project p CROSS JOIN LATERAL unnest(p.sdg_goals) AS goal
      ${where} GROUP BY goal) v
    JOIN sdg s ON s.goal = v.goal ORDER BY s.goal`,
};

export async function facetCounts(input: SearchParams): Promise<Facets> {
  const [params, version] = await Promise.all([withTextQuery(input), dataVersion()]);
  const keys = Object.keys(FACET_QUERIES) as FacetKey[];
  const counts = await Promise.all(
    keys.map((key) => {
      const where = projectWhere(params, key);
      const run = () => (FACET_QUERIES[key] as FacetQuery<FacetKey>)(where, params);
      if (where.sql !== "") return run();
      return cachedUntilImport(version, `facet:${key}${key === "thematic" && params.primary ? ":primary" : ""}`, run);
    }),
  );
  return Object.fromEntries(keys.map((key, i) => [key, counts[i]])) as unknown as Facets;
}
