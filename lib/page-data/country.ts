import "server-only";
import { cache } from "react";
import { perDataVersion } from "./per-data-version";
import { prisma } from "../db/client";
import { frenchCountryName } from "../countries";
import { projectWhere } from "../search/filters";
import { parseSearchParams } from "../search/params";
import type { FundingByYearKind } from "../domain/funder-kinds";

/**
 * The country page's reads. "A country's projects" are exactly those the search gives for
 * `?country=XX` (a foreign partner in the country), so the page and its links agree.
 * Each depends only on the data and its arguments: it is computed once per data version (the
 * largest countries cost 50–250 ms of SQL a read at 20,000 projects) and shared, read-only.
 */

export interface CountrySummary {
  code: string;
  name: string;
  projectCount: number;
  postCount: number;
}

/** ISO alpha-2 code, upper-cased, or null for anything else. */
export function normaliseCountryCode(raw: string): string | null {
  return /^[A-Za-z]{2}$/.test(raw) ? raw.toUpperCase() : null;
}

const whereCountry = (code: string) => projectWhere(parseSearchParams({ country: code }));

/** The country, or null when the atlas knows no project and no embassy post there. Memoised per request (layout and page both ask). */
export const getCountry = cache(async function getCountry(rawCode: string): Promise<CountrySummary | null> {
  const code = normaliseCountryCode(rawCode);
  return code ? countrySummary(code) : null;
});

const countrySummary = perDataVersion("country:summary", async (code: string): Promise<CountrySummary | null> => {
  const rows = await prisma().$queryRaw<{ name: string | null; projectCount: number; postCount: number }[]>`
    SELECT (SELECT name_fr FROM country WHERE code = ${code}) AS name,
      (SELECT count(*)::int FROM project p ${whereCountry(code)}) AS "projectCount",
      (SELECT count(*)::int FROM embassy_post WHERE country_code = ${code}) AS "postCount"`;
  const row = rows[0];
  if (!row || (row.projectCount === 0 && row.postCount === 0)) return null;
  return {
    code,
    name: row.name ?? frenchCountryName(code) ?? code,
    projectCount: row.projectCount,
    postCount: row.postCount,
  };
});

export interface CountryProject {
  slug: string;
  title: string;
  startYear: number | null;
  status: string | null;
  french: { slug: string; name: string }[];
  countries: { code: string; name: string }[];
}

/** The country's projects, newest first, with their French collectivités and partner countries (for links). */
export const countryProjects = perDataVersion(
  "projects",
  async (code: string, limit = 20): Promise<CountryProject[]> => {
    return prisma().$queryRaw<CountryProject[]>`
    SELECT p.slug, p.title, p.start_year AS "startYear", p.status,
      coalesce((SELECT json_agg(json_build_object('slug', c.slug, 'name', pp.name_as_written) ORDER BY pp.position)
        FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
        WHERE pp.project_id = p.id AND pp.role = 'french'), '[]') AS french,
      coalesce((SELECT json_agg(pc ORDER BY atlas_fold(pc.name)) FROM (
        SELECT DISTINCT c.country_code AS code, coalesce(co.name_fr, c.country_code) AS name
        FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id LEFT JOIN country co ON co.code = c.country_code
        WHERE pp.project_id = p.id AND pp.role = 'foreign' AND c.country_code <> '') pc), '[]') AS countries
    FROM project p ${whereCountry(code)}
    ORDER BY p.start_year DESC NULLS LAST, p.title, p.id LIMIT ${limit}`;
  },
);

export interface CountryPartner {
  id: number;
  slug: string;
  name: string;
  lat: number | null;
  lon: number | null;
  precision: string;
  ambiguous: boolean;
  projectCount: number;
  projects: { slug: string; title: string }[];
  frenchPartners: { slug: string; name: string }[];
}

/** The country's collectivités that are foreign partners of a project, with the French collectivités they work with. */
export const countryPartners = perDataVersion("country:partners", async (code: string): Promise<CountryPartner[]> => {
  return prisma().$queryRaw<CountryPartner[]>`
    SELECT c.id, c.slug, c.display_name AS name, c.lat, c.lon, c.precision, c.geo_ambiguous AS ambiguous,
      count(DISTINCT pp.project_id)::int AS "projectCount",
      json_agg(DISTINCT jsonb_build_object('slug', p.slug, 'title', p.title)) AS projects,
      coalesce((SELECT json_agg(DISTINCT jsonb_build_object('slug', f.slug, 'name', f.display_name))
        FROM project_partner x JOIN project_partner y ON y.project_id = x.project_id AND y.role = 'french'
        JOIN collectivite f ON f.id = y.collectivite_id
        WHERE x.collectivite_id = c.id AND x.role = 'foreign'), '[]') AS "frenchPartners"
    FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id AND pp.role = 'foreign'
    JOIN project p ON p.id = pp.project_id
    WHERE c.country_code = ${code}
    GROUP BY c.id ORDER BY atlas_fold(c.display_name)`;
});

export interface InvolvedFrenchCollectivite {
  id: number;
  slug: string;
  name: string;
  kind: string | null;
  regionName: string | null;
  projectCount: number;
}

/** French collectivités of the country's projects, most involved first. */
export const countryFrenchCollectivites = perDataVersion(
  "french",
  async (code: string): Promise<InvolvedFrenchCollectivite[]> => {
    return prisma().$queryRaw<InvolvedFrenchCollectivite[]>`
    SELECT f.id, f.slug, f.display_name AS name, f.kind, f.region_name AS "regionName", count(DISTINCT p.id)::int AS "projectCount"
    FROM project p JOIN project_partner pp ON pp.project_id = p.id AND pp.role = 'french'
    JOIN collectivite f ON f.id = pp.collectivite_id
    ${whereCountry(code)}
    GROUP BY f.id ORDER BY "projectCount" DESC, atlas_fold(f.display_name)`;
  },
);

/** Funding of the country's projects by year and funder kind (whole projects: a fiche does not split its budget by partner). */
export const countryFunding = perDataVersion("country:funding", async (code: string): Promise<FundingByYearKind[]> => {
  return prisma().$queryRaw<FundingByYearKind[]>`
    SELECT f.year, f.funder_kind AS kind, coalesce(sum(f.amount_eur), 0)::float8 AS amount, count(*)::int AS rows
    FROM project p JOIN funding f ON f.project_id = p.id
    ${whereCountry(code)}
    GROUP BY f.year, f.funder_kind ORDER BY f.year NULLS LAST, kind`;
});

export interface ThematicCount {
  id: number;
  label: string;
  level: number;
  parentLabel: string | null;
  count: number;
}

/** The themes and sub-themes most frequent among the country's projects (any position, as the search counts them). */
export const countryThematics = perDataVersion(
  "thematics",
  async (code: string, limit = 10): Promise<ThematicCount[]> => {
    return prisma().$queryRaw<ThematicCount[]>`
    SELECT t.id, t.label, t.level, parent.label AS "parentLabel", count(DISTINCT p.id)::int AS count
    FROM project p JOIN project_thematic pt ON pt.project_id = p.id
    JOIN thematic t ON t.id IN (pt.theme_id, pt.sub_theme_id) LEFT JOIN thematic parent ON parent.id = t.parent_id
    ${whereCountry(code)}
    GROUP BY t.id, parent.label ORDER BY count DESC, t.level, atlas_fold(t.label) LIMIT ${limit}`;
  },
);
