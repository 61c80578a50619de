import "server-only";
import { prisma } from "../db/client";
import type { FundingByYearKind } from "../domain/funder-kinds";
import { perDataVersion } from "./per-data-version";

/**
 * Aggregates for the statistics page. Each count is of distinct projects, in the same sense as
 * the search filter it links to, so a figure and the result count behind its link agree.
 */
export interface StatsTotals {
  projects: number;
  fundingRows: number;
  fundingTotal: number;
  waterTotal: number;
  countries: number;
  collectivites: number;
}

export async function statsTotals(): Promise<StatsTotals> {
  const rows = await prisma().$queryRaw<StatsTotals[]>`
    SELECT (SELECT count(*)::int FROM project) AS projects,
      (SELECT count(*)::int FROM funding) AS "fundingRows",
      (SELECT coalesce(sum(amount_eur), 0)::float8 FROM funding) AS "fundingTotal",
      (SELECT coalesce(sum(water_amount_eur), 0)::float8 FROM funding) AS "waterTotal",
      (SELECT count(DISTINCT c.country_code)::int FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
        WHERE pp.role = 'foreign' AND c.country_code <> '') AS countries,
      (SELECT count(DISTINCT collectivite_id)::int FROM project_partner) AS collectivites`;
  return rows[0];
}

export interface ThematicStat {
  id: number;
  label: string;
  level: number;
  parentId: number | null;
  count: number;
}

/** Projects by primary theme (level 1) and sub-theme (level 2): each project counted once per level. */
export async function projectsByThematic(): Promise<ThematicStat[]> {
  return prisma().$queryRaw<ThematicStat[]>`
    SELECT t.id, t.label, t.level, t.parent_id AS "parentId", count(DISTINCT pt.project_id)::int AS count
    FROM project_thematic pt JOIN thematic t ON t.id IN (pt.theme_id, pt.sub_theme_id)
    WHERE pt.is_primary
    GROUP BY t.id ORDER BY t.level, count DESC, atlas_fold(t.label)`;
}

export interface CountryStat {
  code: string;
  name: string;
  count: number;
}

/** Projects by country of their foreign partners (a project with partners in three countries counts in each). */
export async function projectsByCountry(): Promise<CountryStat[]> {
  return prisma().$queryRaw<CountryStat[]>`
    SELECT c.country_code AS code, coalesce(co.name_fr, c.country_code) AS name, count(DISTINCT pp.project_id)::int AS count
    FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id LEFT JOIN country co ON co.code = c.country_code
    WHERE pp.role = 'foreign' AND c.country_code <> ''
    GROUP BY c.country_code, co.name_fr ORDER BY count DESC, atlas_fold(coalesce(co.name_fr, c.country_code))`;
}

export async function projectsByStartYear(): Promise<{ year: number | null; count: number }[]> {
  return prisma().$queryRaw<{ year: number | null; count: number }[]>`
    SELECT start_year AS year, count(*)::int AS count FROM project GROUP BY start_year ORDER BY start_year NULLS LAST`;
}

export async function projectsByStatus(): Promise<{ status: string | null; count: number }[]> {
  return prisma().$queryRaw<{ status: string | null; count: number }[]>`
    SELECT status, count(*)::int AS count FROM project GROUP BY status ORDER BY count DESC, status NULLS LAST`;
}

/** Every funding row summed by year and funder kind; the sums add up to statsTotals().fundingTotal. */
export async function fundingByYearKind(): Promise<FundingByYearKind[]> {
  return prisma().$queryRaw<FundingByYearKind[]>`
    SELECT year, funder_kind AS kind, coalesce(sum(amount_eur), 0)::float8 AS amount, count(*)::int AS rows
    FROM funding GROUP BY year, funder_kind ORDER BY year NULLS LAST, kind`;
}

export interface FunderKindStat {
  kind: string;
  amount: number;
  rows: number;
  projectCount: number;
}

export async function fundingByKind(): Promise<FunderKindStat[]> {
  return prisma().$queryRaw<FunderKindStat[]>`
    SELECT funder_kind AS kind, coalesce(sum(amount_eur), 0)::float8 AS amount, count(*)::int AS rows,
      count(DISTINCT project_id)::int AS "projectCount"
    FROM funding GROUP BY funder_kind ORDER BY amount DESC, kind`;
}

/**
 * Every figure of /statistiques, read once per data version: they change only on import, and
 * the seven aggregates over all projects cost 150–300 ms a request at 20,000 projects.
 */
export const statisticsPage = perDataVersion("statistics:page", async () => {
  const [totals, thematics, countries, years, statuses, fundingYears, fundingKinds] = await Promise.all([
    statsTotals(),
    projectsByThematic(),
    projectsByCountry(),
    projectsByStartYear(),
    projectsByStatus(),
    fundingByYearKind(),
    fundingByKind(),
  ]);
  return { totals, thematics, countries, years, statuses, fundingYears, fundingKinds };
});
