import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import type { Precision } from "../domain/map-place";

/**
 * The data-quality reads of /qualite, one SQL query per function. Every list answers rows of one
 * shape (QualityRow), so the page's tables and the CSV exports are generic; each list is scoped
 * by a country (of a foreign partner) and a collectivité (any side). What is wrong is answered as
 * data (QualityFinding): the page and the CSV word it in their language (quality-findings.ts).
 */

export interface QualityScope {
  /** ISO alpha-2 of a foreign partner's country. */
  country?: string;
  collectiviteId?: number;
  /** An embassy post: the projects that name it, and their partners. */
  postId?: number;
}

/** What is wrong with one row. */
export type QualityFinding =
  | { kind: "overdue"; endDate: string }
  | { kind: "length"; characters: number }
  | { kind: "noFunding" }
  | { kind: "noContacts" }
  | { kind: "obfuscatedEmail" | "malformedEmail"; email: string; who: string }
  | { kind: "closeTo"; title: string }
  | { kind: "warnings"; warnings: string }
  | { kind: "placement"; precision: Precision; ambiguous: boolean };

export interface QualityRow {
  /** Page of the project (or of the collectivité, for placements). */
  href: string;
  /** Fiche content: the project's title, or the partner's name for placements. */
  label: string;
  /** The countries of the project's foreign partners (or the partner's), with their French names. */
  countries: { code: string; name: string }[];
  /** Fiche content: the project's collectivités (empty for placements, which count `projects`). */
  collectivites: string;
  /** Placements: how many projects the partner takes part in. */
  projects?: number;
  finding: QualityFinding;
  /** What to do, when the fix is mechanical (the geo-overrides.json line). */
  fix?: string;
}

/** Titles the Atlas cuts at about 250 characters: a title this close to it is probably cut. */
export const TITLE_LIMIT = 250;
export const TITLE_CUT_FROM = TITLE_LIMIT - 10;
/** Trigram similarity (pg_trgm) from which two titles of the same partners and thematic look duplicated. */
export const DUPLICATE_SIMILARITY = 0.5;

function projectScope({ country, collectiviteId, postId }: QualityScope): Prisma.Sql {
  return Prisma.sql`${country ? Prisma.sql`AND p.country_codes @> ARRAY[${country}]::text[]` : Prisma.empty}
    ${collectiviteId ? Prisma.sql`AND EXISTS (SELECT 1 FROM project_partner s WHERE s.project_id = p.id AND s.collectivite_id = ${collectiviteId})` : Prisma.empty}
    ${postId ? Prisma.sql`AND EXISTS (SELECT 1 FROM project_embassy_post x WHERE x.project_id = p.id AND x.post_id = ${postId})` : Prisma.empty}`;
}

/** The columns every project row shares. */
const PROJECT_COLUMNS = Prisma.sql`'/projets/' || p.slug AS href, p.title AS label,
  coalesce((SELECT json_agg(json_build_object('code', co.code, 'name', co.name_fr) ORDER BY co.name_fr) FROM country co
    WHERE co.code = ANY(p.country_codes)), '[]'::json) AS countries,
  coalesce((SELECT string_agg(c.display_name, ', ' ORDER BY pp.role DESC, pp.position) FROM project_partner pp
    JOIN collectivite c ON c.id = pp.collectivite_id WHERE pp.project_id = p.id), '') AS collectivites`;

export async function overdueProjects(scope: QualityScope): Promise<QualityRow[]> {
  return prisma().$queryRaw<QualityRow[]>`
    SELECT ${PROJECT_COLUMNS}, json_build_object('kind', 'overdue', 'endDate', to_char(p.end_date, 'YYYY-MM-DD')) AS finding
    FROM project p WHERE atlas_fold(p.status) = 'en cours' AND p.end_date < current_date ${projectScope(scope)}
    ORDER BY p.end_date, p.id`;
}

export async function cutTitles(scope: QualityScope): Promise<QualityRow[]> {
  return prisma().$queryRaw<QualityRow[]>`
    SELECT ${PROJECT_COLUMNS}, json_build_object('kind', 'length', 'characters', char_length(p.title)) AS finding
    FROM project p WHERE char_length(p.title) >= ${TITLE_CUT_FROM} ${projectScope(scope)}
    ORDER BY char_length(p.title) DESC, p.id`;
}

export async function projectsWithoutFunding(scope: QualityScope): Promise<QualityRow[]> {
  return prisma().$queryRaw<QualityRow[]>`
    SELECT ${PROJECT_COLUMNS}, json_build_object('kind', 'noFunding') AS finding
    FROM project p WHERE NOT EXISTS (SELECT 1 FROM funding f WHERE f.project_id = p.id) ${projectScope(scope)}
    ORDER BY p.title, p.id`;
}

export async function projectsWithoutContacts(scope: QualityScope): Promise<QualityRow[]> {
  return prisma().$queryRaw<QualityRow[]>`
    SELECT ${PROJECT_COLUMNS}, json_build_object('kind', 'noContacts') AS finding
    FROM project p WHERE NOT EXISTS (SELECT 1 FROM partner_contact k WHERE k.project_id = p.id) ${projectScope(scope)}
    ORDER BY p.title, p.id`;
}

/** Obfuscated spellings ("x [at] y.fr", "x arobase y", "x(a)y"…): fixable by hand, invisible to mail clients. */
const OBFUSCATED = "(\\[|\\(|\\s)(at|a|arobase|dot|point)(\\]|\\)|\\s)|arobase";
const WELL_FORMED = "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$";

export async function badEmails(scope: QualityScope): Promise<QualityRow[]> {
  return prisma().$queryRaw<QualityRow[]>`
    WITH emails AS (
      SELECT k.project_id, k.email, coalesce(nullif(concat_ws(' ', k.first_name, k.last_name), ''), k.partner_name) AS who FROM partner_contact k
      UNION ALL SELECT e.project_id, e.email, e.name FROM embassy_contact e)
    SELECT ${PROJECT_COLUMNS},
      json_build_object('kind', CASE WHEN m.email ~* ${OBFUSCATED} THEN 'obfuscatedEmail' ELSE 'malformedEmail' END,
        'email', m.email, 'who', coalesce(m.who, '')) AS finding
    FROM emails m JOIN project p ON p.id = m.project_id
    WHERE m.email IS NOT NULL AND btrim(m.email) <> '' AND btrim(m.email) !~* ${WELL_FORMED} ${projectScope(scope)}
    ORDER BY p.title, p.id, m.email`;
}

/** Pairs of projects with the same collectivités and primary thematic and close titles (the first of each pair is listed). */
export async function duplicateProjects(scope: QualityScope): Promise<QualityRow[]> {
  return prisma().$queryRaw<QualityRow[]>`
    WITH keys AS (
      SELECT pp.project_id AS id, array_agg(DISTINCT pp.collectivite_id ORDER BY pp.collectivite_id) AS partners
      FROM project_partner pp GROUP BY pp.project_id),
    pairs AS (
      SELECT a.id, b.id AS other FROM keys a JOIN keys b ON b.partners = a.partners AND b.id > a.id
      JOIN project p ON p.id = a.id JOIN project pb ON pb.id = b.id
      WHERE p.thematic_id IS NOT DISTINCT FROM pb.thematic_id AND similarity(atlas_fold(p.title), atlas_fold(pb.title)) >= ${DUPLICATE_SIMILARITY}
        ${projectScope(scope)})
    SELECT ${PROJECT_COLUMNS}, json_build_object('kind', 'closeTo', 'title', o.title) AS finding, '/projets/' || o.slug AS fix
    FROM pairs x JOIN project p ON p.id = x.id JOIN project o ON o.id = x.other
    ORDER BY p.title, p.id, o.id`;
}

/** Fiches whose parser left warnings (stored with the project at import, `parse_warnings`). */
export async function importWarnings(scope: QualityScope): Promise<QualityRow[]> {
  return prisma().$queryRaw<QualityRow[]>`
    SELECT ${PROJECT_COLUMNS}, json_build_object('kind', 'warnings',
      'warnings', (SELECT string_agg(w, ' · ') FROM jsonb_array_elements_text(p.parse_warnings) AS w)) AS finding
    FROM project p WHERE jsonb_typeof(p.parse_warnings) = 'array' AND jsonb_array_length(p.parse_warnings) > 0 ${projectScope(scope)}
    ORDER BY p.title, p.id`;
}

interface PlacementRow extends Omit<QualityRow, "fix"> {
  name: string;
  countryCode: string;
  lat: number | null;
  lon: number | null;
}

/** Partners placed only approximately or not at all, with the seeds/geo-overrides.json entry to complete. */
export async function approximatePlacements(scope: QualityScope): Promise<QualityRow[]> {
  const rows = await prisma().$queryRaw<PlacementRow[]>`
    SELECT '/collectivites/' || c.slug AS href, c.display_name AS label, c.display_name AS name, c.country_code AS "countryCode",
      CASE WHEN c.country_code IS NULL AND c.country_label IS NULL THEN '[]'::json
        ELSE json_build_array(json_build_object('code', coalesce(c.country_code, ''), 'name', coalesce(co.name_fr, c.country_label))) END AS countries,
      c.lat, c.lon, '' AS collectivites,
      (SELECT count(DISTINCT pp.project_id)::int FROM project_partner pp WHERE pp.collectivite_id = c.id) AS projects,
      json_build_object('kind', 'placement', 'precision', c.precision, 'ambiguous', c.geo_ambiguous) AS finding
    FROM collectivite c LEFT JOIN country co ON co.code = c.country_code
    WHERE c.side = 'foreign' AND (c.precision <> 'exact' OR c.geo_ambiguous)
      AND EXISTS (SELECT 1 FROM project_partner pp WHERE pp.collectivite_id = c.id)
      ${scope.country ? Prisma.sql`AND c.country_code = ${scope.country}` : Prisma.empty}
      ${scope.collectiviteId ? Prisma.sql`AND c.id = ${scope.collectiviteId}` : Prisma.empty}
      ${scope.postId ? Prisma.sql`AND EXISTS (SELECT 1 FROM project_partner pp JOIN project_embassy_post x ON x.project_id = pp.project_id WHERE pp.collectivite_id = c.id AND x.post_id = ${scope.postId})` : Prisma.empty}
    ORDER BY c.precision = 'none' DESC, c.country_code, c.display_name, c.id`;
  return rows.map(({ name, countryCode, lat, lon, ...row }) => ({
    ...row,
    fix: JSON.stringify({ name, country: countryCode || "??", lat: lat ?? 0, lon: lon ?? 0 }),
  }));
}
