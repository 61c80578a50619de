import "server-only";
import { prisma } from "../db/client";
import type { CollectivitePartner } from "./collectivite";

/**
 * The « Réseau » section of a collectivité's page: who it already works with (its direct
 * partners) and which French collectivités work like it (its peers), so an officer knows whom to
 * ask for advice or co-funding.
 */

export interface DirectPartner {
  id: number;
  slug: string;
  name: string;
  role: "french" | "foreign";
  countryCode: string;
  countryName: string | null;
  sharedProjects: number;
}

/** Its partners (already read for the page), the ones it shares the most projects with first. */
export function directPartners(partners: CollectivitePartner[]): DirectPartner[] {
  return partners
    .map(({ id, slug, name, role, countryCode, countryName, projects }) => ({
      id,
      slug,
      name,
      role,
      countryCode,
      countryName,
      sharedProjects: projects.length,
    }))
    .sort((a, b) => b.sharedProjects - a.sharedProjects || a.name.localeCompare(b.name, "fr"));
}

export interface SharedPartner {
  slug: string;
  name: string;
  countryCode: string;
  countryName: string;
}

/** A country both work in, on the same primary theme. */
export interface SharedField {
  countryCode: string;
  countryName: string;
  theme: string;
}

export interface Peer {
  id: number;
  slug: string;
  name: string;
  score: number;
  sharedPartners: SharedPartner[];
  sharedFields: SharedField[];
}

/** A shared foreign partner counts this many (country, theme) pairs: it is a much closer tie. */
export const PARTNER_WEIGHT = 3;
export const PEERS_SHOWN = 10;

/**
 * The French collectivités sharing a foreign partner with it, or a (partner country, primary
 * theme) pair, ranked by score = PARTNER_WEIGHT × shared partners + shared pairs. Only their
 * projects without it count: a project they run together already makes them direct partners.
 * A foreign collectivité has no peers (it is never a French partner of a project).
 *
 * Scores are summed per peer first, and only the `limit` best are explained: explaining every
 * peer before ranking them read the hits once per peer, which took 40 s for a large collectivité
 * at 100,000 projects.
 */
export async function collectivitePeers(id: number, limit = PEERS_SHOWN): Promise<Peer[]> {
  return prisma().$queryRaw<Peer[]>`
    WITH mine AS (SELECT project_id FROM project_partner WHERE collectivite_id = ${id} AND role = 'french'),
    my_partners AS (
      SELECT DISTINCT pp.collectivite_id FROM mine JOIN project_partner pp USING (project_id) WHERE pp.role = 'foreign'),
    my_fields AS (
      SELECT DISTINCT cc.code AS country_code, pt.theme_id
      FROM mine JOIN project p ON p.id = mine.project_id CROSS JOIN unnest(p.country_codes) AS cc(code)
      JOIN project_thematic pt ON pt.project_id = p.id AND pt.is_primary),
    theirs AS (
      SELECT collectivite_id AS peer_id, project_id FROM project_partner
      WHERE role = 'french' AND collectivite_id <> ${id} AND project_id NOT IN (SELECT project_id FROM mine)),
    partner_hits AS (
      SELECT DISTINCT t.peer_id, pp.collectivite_id AS partner_id
      FROM theirs t JOIN project_partner pp ON pp.project_id = t.project_id AND pp.role = 'foreign'
      WHERE pp.collectivite_id IN (SELECT collectivite_id FROM my_partners)),
    field_hits AS (
      SELECT DISTINCT t.peer_id, cc.code AS country_code, pt.theme_id
      FROM theirs t JOIN project p ON p.id = t.project_id CROSS JOIN unnest(p.country_codes) AS cc(code)
      JOIN project_thematic pt ON pt.project_id = p.id AND pt.is_primary
      JOIN my_fields mf ON mf.country_code = cc.code AND mf.theme_id = pt.theme_id),
    scores AS (
      SELECT peer_id, sum(weight)::int AS score
      FROM (SELECT peer_id, ${PARTNER_WEIGHT} AS weight FROM partner_hits UNION ALL SELECT peer_id, 1 FROM field_hits) hit
      GROUP BY peer_id),
    best AS (
      SELECT c.id, c.slug, c.display_name, s.score FROM scores s JOIN collectivite c ON c.id = s.peer_id
      ORDER BY s.score DESC, atlas_fold(c.display_name), c.id
      LIMIT ${limit})
    SELECT b.id, b.slug, b.display_name AS name, b.score,
      coalesce((
        SELECT json_agg(json_build_object('slug', x.slug, 'name', x.display_name, 'countryCode', x.country_code,
          'countryName', coalesce(co.name_fr, x.country_code)) ORDER BY atlas_fold(x.display_name), x.id)
        FROM partner_hits h JOIN collectivite x ON x.id = h.partner_id LEFT JOIN country co ON co.code = nullif(x.country_code, '')
        WHERE h.peer_id = b.id), '[]') AS "sharedPartners",
      coalesce((
        SELECT json_agg(json_build_object('countryCode', h.country_code, 'countryName', coalesce(co.name_fr, h.country_code),
          'theme', th.label) ORDER BY atlas_fold(coalesce(co.name_fr, h.country_code)), atlas_fold(th.label))
        FROM field_hits h JOIN thematic th ON th.id = h.theme_id LEFT JOIN country co ON co.code = h.country_code
        WHERE h.peer_id = b.id), '[]') AS "sharedFields"
    FROM best b
    ORDER BY b.score DESC, atlas_fold(b.display_name), b.id`;
}
