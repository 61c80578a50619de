import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { foldForMatch } from "../text/fold";
import type { SearchParams } from "./params";
import { EMBASSY_ROLES, type EmbassyRole } from "../domain/embassy-roles";
import {
  embassyPerson, partnerPerson, type ContactPerson, type EmbassyContactEntry, type EmbassyPostEntry, type PartnerContactEntry,
} from "../domain/contacts";

/**
 * The contacts directory: embassy posts with their correspondent and counsellor, and the contacts
 * of foreign partners. The query is matched word by word, accent-insensitively, against the person
 * (name, e-mail, role), the post, the partner collectivité, the French collectivités of the same
 * projects and the country; words of four letters or more
 * also match with a typo (pg_trgm word similarity), so "Vailant" finds "VAILLANT".
 */
export interface ContactQuery {
  q?: string;
  country: SearchParams["country"];
}

/**
 * Words that name no one in particular: articles, and the "Ville de"/"Commune de" of a
 * collectivité's name. Kept out of the match when the query has other words: "ville" alone
 * matched thousands of collectivités and their projects (230 ms for "Ville de Grimstad").
 */
const GENERIC_WORDS = new Set(["de", "d", "du", "des", "la", "le", "les", "l", "et", "ville", "commune", "mairie", "municipalite", "cite"]);

/** The query's words, without what PostgreSQL text cannot hold (NUL and other controls). */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const telling = words.filter((w) => !GENERIC_WORDS.has(foldForMatch(w)));
  return (telling.length ? telling : words).slice(0, 8);
}

/**
 * `folded` (an atlas_fold-ed expression) contains the word, or, for words of four letters or
 * more, a word close to it (pg_trgm word similarity, default threshold 0.6). Both operators are
 * served by the trigram GIN indexes when `folded` is an indexed expression. LIKE's wildcards in
 * the word are escaped.
 */
function wordIn(word: string, folded: Prisma.Sql): Prisma.Sql {
  const pattern = `%${word.replace(/[\\%_]/g, "\\$&")}%`;
  const substring = Prisma.sql`${folded} LIKE atlas_fold(${pattern})`;
  return word.length >= 4 ? Prisma.sql`(${substring} OR atlas_fold(${word}) <% ${folded})` : substring;
}

// The expressions of the trigram indexes of the migration (same text, so the planner uses them).
const PARTNER_PERSON = Prisma.sql`atlas_fold(coalesce("last_name", '') || ' ' || coalesce("first_name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("role", ''))`;
const EMBASSY_PERSON = Prisma.sql`atlas_fold("name" || ' ' || coalesce("email", ''))`;
const COLLECTIVITE_NAME = Prisma.sql`atlas_fold("display_name")`;

const collectivitesNamed = (word: string) => Prisma.sql`SELECT id FROM collectivite WHERE ${wordIn(word, COLLECTIVITE_NAME)}`;
const countriesNamed = (word: string) => Prisma.sql`SELECT code FROM country WHERE ${wordIn(word, Prisma.sql`atlas_fold(name_fr)`)}`;
/** Projects one of whose French collectivités is named by the word. */
const projectsOfFrench = (word: string) =>
  Prisma.sql`SELECT project_id FROM project_partner WHERE role = 'french' AND collectivite_id IN (${collectivitesNamed(word)})`;

/** Each word names the contact, their collectivité, its country, or a French collectivité of the project (alias pc, c). */
function partnerContactMatch(q: string | undefined): Prisma.Sql {
  const words = queryWords(q);
  if (words.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    words.map((w) => Prisma.sql`(pc.id IN (SELECT id FROM partner_contact WHERE ${wordIn(w, PARTNER_PERSON)})
      OR pc.collectivite_id IN (${collectivitesNamed(w)})
      OR (pc.collectivite_id IS NULL AND ${wordIn(w, Prisma.sql`atlas_fold(pc.partner_name)`)})
      OR c.country_code IN (${countriesNamed(w)})
      OR pc.project_id IN (${projectsOfFrench(w)}))`),
    " AND ",
  );
}

/** Each word names the post, its country, one of its contacts, or a French collectivité of its projects (alias ep). */
function embassyPostMatch(q: string | undefined): Prisma.Sql {
  const words = queryWords(q);
  if (words.length === 0) return Prisma.sql`TRUE`;
  return Prisma.join(
    words.map((w) => Prisma.sql`(${wordIn(w, Prisma.sql`atlas_fold(ep.name)`)}
      OR ep.country_code IN (${countriesNamed(w)})
      OR ep.id IN (SELECT post_id FROM embassy_contact WHERE ${wordIn(w, EMBASSY_PERSON)})
      OR ep.id IN (SELECT post_id FROM project_embassy_post WHERE project_id IN (${projectsOfFrench(w)})))`),
    " AND ",
  );
}

const countryFilter = (column: Prisma.Sql, codes: string[]) =>
  codes.length ? Prisma.sql`${column} = ANY(${codes}::text[])` : Prisma.sql`TRUE`;

interface PostRow extends Omit<EmbassyPostEntry, "roles"> {
  contacts: (EmbassyContactEntry & { role: EmbassyRole; current: boolean })[];
}

/**
 * Embassy posts matching the query, each with the current and earlier contacts of both roles,
 * and its projects: the `projectLimit` newest (pages), or all (exports). A post can be named by
 * thousands of fiches; listing them all made a directory page of a megabyte.
 */
export async function findEmbassyPosts(query: ContactQuery, { projectLimit }: { projectLimit?: number } = {}): Promise<EmbassyPostEntry[]> {
  const rows = await prisma().$queryRaw<PostRow[]>`
    WITH post AS (
      SELECT ep.id, ep.name, ep.slug, ep.country_code, co.name_fr AS country_name
      FROM embassy_post ep LEFT JOIN country co ON co.code = ep.country_code
      WHERE ${countryFilter(Prisma.sql`ep.country_code`, query.country)} AND ${embassyPostMatch(query.q)}),
    keyed AS MATERIALIZED (
      SELECT ec.id, ec.post_id, ec.role, ec.name, ec.email, ec.fiche_year, atlas_fold(ec.name) AS person_key
      FROM embassy_contact ec WHERE ec.post_id IN (SELECT id FROM post)),
    ranked AS (
      SELECT k.*, row_number() OVER newest AS rank, first_value(k.person_key) OVER newest AS current_key,
        row_number() OVER (PARTITION BY k.post_id, k.role, k.person_key ORDER BY k.fiche_year DESC NULLS LAST, k.id DESC) AS person_rank
      FROM keyed k
      WINDOW newest AS (PARTITION BY k.post_id, k.role ORDER BY k.fiche_year DESC NULLS LAST, k.id DESC)),
    shown AS (
      -- Per post: the current contact of each role, and each other person once (at their newest appearance).
      SELECT r.post_id, json_agg(json_build_object('id', r.id, 'role', r.role, 'name', r.name, 'email', r.email,
          'ficheYear', r.fiche_year, 'current', r.rank = 1) ORDER BY r.role, r.rank) AS contacts
      FROM ranked r WHERE r.rank = 1 OR (r.person_rank = 1 AND r.person_key <> r.current_key)
      GROUP BY r.post_id),
    linked AS (
      SELECT post_id, max(fiche_year) AS latest, count(*)::int AS project_count,
        json_agg(json_build_object('slug', slug, 'title', title) ORDER BY newest) FILTER (WHERE newest <= ${projectLimit ?? null}::int OR ${projectLimit ?? null}::int IS NULL) AS projects
      FROM (
        SELECT pep.post_id, pr.fiche_year, pr.slug, pr.title,
          row_number() OVER (PARTITION BY pep.post_id ORDER BY pr.start_year DESC NULLS LAST, pr.id) AS newest
        FROM project_embassy_post pep JOIN project pr ON pr.id = pep.project_id
        WHERE pep.post_id IN (SELECT id FROM post)) numbered
      GROUP BY post_id)
    SELECT post.id, post.name, post.slug, post.country_code AS "countryCode", post.country_name AS "countryName",
      linked.latest AS "latestFicheYear", coalesce(linked.project_count, 0) AS "projectCount",
      coalesce(linked.projects, '[]') AS projects, coalesce(shown.contacts, '[]') AS contacts
    FROM post LEFT JOIN linked ON linked.post_id = post.id LEFT JOIN shown ON shown.post_id = post.id
    ORDER BY atlas_fold(post.country_name) NULLS LAST, atlas_fold(post.name)`;
  return rows.map(({ contacts, ...post }) => {
    const roles = {} as EmbassyPostEntry["roles"];
    for (const role of EMBASSY_ROLES) {
      const own = contacts.filter((c) => c.role === role);
      const strip = ({ id, name, email, ficheYear }: EmbassyContactEntry) => ({ id, name, email, ficheYear });
      const current = own.find((c) => c.current);
      roles[role] = { current: current ? strip(current) : null, earlier: own.filter((c) => !c.current).map(strip) };
    }
    return { ...post, roles };
  });
}

export interface PartnerContactPage {
  total: number;
  items: PartnerContactEntry[];
}

/**
 * Contacts of foreign partners matching the query, one entry per person and collectivité (a
 * person named in several fiches appears once, with all their projects), ordered by country
 * and collectivité so the page can group them.
 */
export async function findPartnerContacts(query: ContactQuery & { collectiviteId?: number }, limit = 500, offset = 0): Promise<PartnerContactPage> {
  const rows = await prisma().$queryRaw<PartnerContactPage[]>`
    WITH matched AS MATERIALIZED (
      SELECT pc.id, pc.last_name, pc.first_name, pc.role, pc.email, coalesce(c.display_name, pc.partner_name) AS partner_name,
        pr.slug AS project_slug, pr.title AS project_title, pr.fiche_year, c.slug AS collectivite_slug,
        nullif(c.country_code, '') AS country_code, co.name_fr AS country_name, co.sort_name AS country_sort,
        -- One person: same collectivité (or same written partner name), same folded name, same e-mail;
        -- a nameless, address-less contact is told apart by its role. (lower(unaccent()) is atlas_fold()
        -- without its SQL-function wrapper, which costs twice as much again per row; no index is involved here.)
        concat_ws('|', coalesce(pc.collectivite_id::text, 'name:' || pc.partner_name),
          lower(unaccent(coalesce(pc.last_name, '') || ' ' || coalesce(pc.first_name, ''))), lower(coalesce(pc.email, '')),
          CASE WHEN coalesce(pc.last_name, pc.first_name, pc.email) IS NULL THEN coalesce(pc.role, '') END) AS person_key
      FROM partner_contact pc JOIN project pr ON pr.id = pc.project_id
      LEFT JOIN collectivite c ON c.id = pc.collectivite_id
      LEFT JOIN (SELECT code, name_fr, atlas_fold(name_fr) AS sort_name FROM country) co ON co.code = c.country_code
      WHERE ${countryFilter(Prisma.sql`c.country_code`, query.country)} AND ${partnerContactMatch(query.q)}
        ${query.collectiviteId === undefined ? Prisma.empty : Prisma.sql`AND pc.collectivite_id = ${query.collectiviteId}`}),
    person AS (
      -- Window functions rather than per-person ordered aggregates: two sorts in all instead of several per person.
      SELECT * FROM (
        SELECT m.*, min(m.id) OVER (PARTITION BY m.person_key) AS person_id,
          first_value(m.role) OVER (PARTITION BY m.person_key ORDER BY m.role IS NULL, m.fiche_year DESC NULLS LAST, m.id DESC) AS newest_role,
          row_number() OVER (PARTITION BY m.person_key ORDER BY m.fiche_year DESC NULLS LAST, m.id DESC) AS newest,
          json_agg(json_build_object('slug', m.project_slug, 'title', m.project_title)) OVER (PARTITION BY m.person_key) AS projects
        FROM matched m) ranked
      WHERE newest = 1),
    page AS (
      SELECT * FROM person ORDER BY country_sort NULLS LAST, lower(unaccent(partner_name)), person_key, person_id
      LIMIT ${limit} OFFSET ${offset})
    SELECT (SELECT count(*)::int FROM person) AS total,
      coalesce((SELECT json_agg(json_build_object('id', p.person_id, 'lastName', p.last_name, 'firstName', p.first_name,
          'role', p.newest_role, 'email', p.email, 'partnerName', p.partner_name, 'collectiviteSlug', p.collectivite_slug,
          'countryCode', p.country_code, 'countryName', p.country_name, 'projects', p.projects)
          ORDER BY p.country_sort NULLS LAST, lower(unaccent(p.partner_name)), p.person_key, p.person_id)
        FROM page p), '[]') AS items`;
  // A person named twice in one fiche lists that project once.
  const { total, items } = rows[0];
  return { total, items: items.map((item) => ({ ...item, projects: [...new Map(item.projects.map((p) => [p.slug, p])).values()] })) };
}

/** Countries that have an embassy post or a partner contact, for the directory's country filter. */
export async function contactCountries(): Promise<{ code: string; name: string }[]> {
  return prisma().$queryRaw<{ code: string; name: string }[]>`
    SELECT co.code, co.name_fr AS name FROM country co
    WHERE EXISTS (SELECT 1 FROM embassy_post ep WHERE ep.country_code = co.code)
       OR EXISTS (SELECT 1 FROM partner_contact pc JOIN collectivite c ON c.id = pc.collectivite_id WHERE c.country_code = co.code)
    ORDER BY atlas_fold(co.name_fr)`;
}

/**
 * One person for their vCard, from the key the directory links to. An embassy contact carries
 * every role the same person holds at that post in the same fiche year.
 */
export async function findContactPerson(key: string): Promise<ContactPerson | null> {
  const match = /^(embassy|partner)-([1-9][0-9]{0,9})$/.exec(key);
  if (!match || Number(match[2]) > 2_147_483_647) return null;
  const id = Number(match[2]);
  if (match[1] === "partner") {
    const rows = await prisma().$queryRaw<PartnerContactEntry[]>`
      SELECT pc.id, pc.last_name AS "lastName", pc.first_name AS "firstName", pc.role, pc.email,
        coalesce(c.display_name, pc.partner_name) AS "partnerName", c.slug AS "collectiviteSlug",
        nullif(c.country_code, '') AS "countryCode", co.name_fr AS "countryName",
        json_build_array(json_build_object('slug', pr.slug, 'title', pr.title)) AS projects
      FROM partner_contact pc JOIN project pr ON pr.id = pc.project_id
      LEFT JOIN collectivite c ON c.id = pc.collectivite_id LEFT JOIN country co ON co.code = c.country_code
      WHERE pc.id = ${id}`;
    return rows[0] ? partnerPerson(rows[0]) : null;
  }
  const rows = await prisma().$queryRaw<
    { id: number; name: string; email: string | null; ficheYear: number | null; roles: EmbassyRole[]; post: string; countryCode: string | null; countryName: string | null; projects: { slug: string; title: string }[] }[]
  >`
    SELECT ec.id, ec.name, ec.email, ec.fiche_year AS "ficheYear", ep.name AS post, ep.country_code AS "countryCode", co.name_fr AS "countryName",
      (SELECT array_agg(DISTINCT o.role) FROM embassy_contact o WHERE o.post_id = ec.post_id
         AND atlas_fold(o.name) = atlas_fold(ec.name) AND o.fiche_year IS NOT DISTINCT FROM ec.fiche_year) AS roles,
      (SELECT json_agg(json_build_object('slug', pr.slug, 'title', pr.title)) FROM project_embassy_post pep
         JOIN project pr ON pr.id = pep.project_id WHERE pep.post_id = ec.post_id) AS projects
    FROM embassy_contact ec JOIN embassy_post ep ON ep.id = ec.post_id LEFT JOIN country co ON co.code = ep.country_code
    WHERE ec.id = ${id}`;
  const row = rows[0];
  if (!row) return null;
  return embassyPerson({ ...row, roles: row.roles, projects: row.projects ?? [] });
}
