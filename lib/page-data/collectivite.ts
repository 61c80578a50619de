import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import type { FundingByYearKind } from "../domain/funder-kinds";

/** The reads of a collectivité's page, French or foreign alike. */
export interface CollectiviteAlternative {
  name?: string;
  officialName?: string;
  officialCode?: string;
  admin1?: string | null;
  departementCode?: string | null;
  lat?: number;
  lon?: number;
  population?: number | null;
  source?: string;
}

export interface CollectiviteDetail {
  id: number;
  slug: string;
  name: string;
  side: "french" | "foreign" | string;
  countryCode: string;
  countryName: string | null;
  countryLabel: string | null;
  kind: string | null;
  officialCode: string | null;
  departementCode: string | null;
  regionCode: string | null;
  regionName: string | null;
  lat: number | null;
  lon: number | null;
  precision: string;
  geoSource: string | null;
  geoAdmin1: string | null;
  geoAmbiguous: boolean;
  geoAlternatives: CollectiviteAlternative[];
  /** Other spellings the fiches use for it. */
  spellings: string[];
  /** Its rows in project_partner: how heavy its page's reads are. */
  partnershipCount: number;
}

/** Memoised per request: the layout checks existence, the page and its metadata read it. */
export const getCollectivite = cache(async function getCollectivite(slug: string): Promise<CollectiviteDetail | null> {
  if (slug.length > 300) return null;
  const rows = await prisma().$queryRaw<CollectiviteDetail[]>`
    SELECT c.id, c.slug, c.display_name AS name, c.side, c.country_code AS "countryCode", co.name_fr AS "countryName",
      c.country_label AS "countryLabel", c.kind, c.official_code AS "officialCode", c.departement_code AS "departementCode",
      c.region_code AS "regionCode", c.region_name AS "regionName", c.lat, c.lon, c.precision, c.geo_source AS "geoSource",
      c.geo_admin1 AS "geoAdmin1", c.geo_ambiguous AS "geoAmbiguous", c.geo_alternatives AS "geoAlternatives",
      coalesce((SELECT array_agg(DISTINCT pp.name_as_written) FROM project_partner pp
        WHERE pp.collectivite_id = c.id AND pp.name_as_written <> c.display_name), '{}') AS spellings,
      (SELECT count(*)::int FROM project_partner pp WHERE pp.collectivite_id = c.id) AS "partnershipCount"
    FROM collectivite c LEFT JOIN country co ON co.code = nullif(c.country_code, '')
    WHERE c.slug = ${slug}`;
  const row = rows[0];
  if (!row) return null;
  return { ...row, geoAlternatives: Array.isArray(row.geoAlternatives) ? row.geoAlternatives : [] };
});

export interface CollectiviteProject {
  slug: string;
  title: string;
  startYear: number | null;
  status: string | null;
  /** 'lead' (first French collectivité of the fiche), 'french' (another one) or 'foreign'. */
  role: "lead" | "french" | "foreign";
  countries: { code: string; name: string }[];
}

export async function collectiviteProjects(id: number): Promise<CollectiviteProject[]> {
  return prisma().$queryRaw<CollectiviteProject[]>`
    SELECT p.slug, p.title, p.start_year AS "startYear", p.status,
      CASE WHEN pp.role = 'foreign' THEN 'foreign' WHEN pp.position = 0 THEN 'lead' ELSE 'french' END AS role,
      coalesce((SELECT json_agg(pc ORDER BY atlas_fold(pc.name)) FROM (
        SELECT DISTINCT c.country_code AS code, coalesce(co.name_fr, c.country_code) AS name
        FROM project_partner x JOIN collectivite c ON c.id = x.collectivite_id LEFT JOIN country co ON co.code = c.country_code
        WHERE x.project_id = p.id AND x.role = 'foreign' AND c.country_code <> '') pc), '[]') AS countries
    FROM project_partner pp JOIN project p ON p.id = pp.project_id
    WHERE pp.collectivite_id = ${id}
    ORDER BY p.start_year DESC NULLS LAST, p.title`;
}

export interface CollectivitePartner {
  id: number;
  slug: string;
  name: string;
  role: "french" | "foreign";
  countryCode: string;
  countryName: string | null;
  lat: number | null;
  lon: number | null;
  precision: string;
  ambiguous: boolean;
  projects: { slug: string; title: string }[];
}

/** Every other collectivité of its projects, with the projects they share, foreign partners first. */
export async function collectivitePartners(id: number): Promise<CollectivitePartner[]> {
  return prisma().$queryRaw<CollectivitePartner[]>`
    SELECT c.id, c.slug, c.display_name AS name, other.role, c.country_code AS "countryCode", co.name_fr AS "countryName",
      c.lat, c.lon, c.precision, c.geo_ambiguous AS ambiguous,
      json_agg(DISTINCT jsonb_build_object('slug', p.slug, 'title', p.title)) AS projects
    FROM project_partner self
    JOIN project_partner other ON other.project_id = self.project_id AND other.collectivite_id <> self.collectivite_id
    JOIN collectivite c ON c.id = other.collectivite_id LEFT JOIN country co ON co.code = nullif(c.country_code, '')
    JOIN project p ON p.id = self.project_id
    WHERE self.collectivite_id = ${id}
    GROUP BY c.id, other.role, co.name_fr
    ORDER BY other.role, atlas_fold(co.name_fr) NULLS LAST, atlas_fold(c.display_name)`;
}

/** Funding of its projects by year and funder kind (whole projects, as the fiches give them). */
export async function collectiviteFunding(id: number): Promise<FundingByYearKind[]> {
  return prisma().$queryRaw<FundingByYearKind[]>`
    SELECT f.year, f.funder_kind AS kind, coalesce(sum(f.amount_eur), 0)::float8 AS amount, count(*)::int AS rows
    FROM funding f WHERE f.project_id IN (SELECT project_id FROM project_partner WHERE collectivite_id = ${id})
    GROUP BY f.year, f.funder_kind ORDER BY f.year NULLS LAST, kind`;
}
