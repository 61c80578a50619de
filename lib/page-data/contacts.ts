import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import type { SearchParams } from "../search/params";
import { cachedUntilImport, dataVersion } from "../search/data-version";
import { embassyPostMatch, partnerContactMatch } from "./contact-match";
import { EMBASSY_ROLES, type EmbassyRole } from "../domain/embassy-roles";
import {
  embassyPerson,
  hasVacantRole,
  partnerPerson,
  type ContactKind,
  type ContactPerson,
  type EmbassyContactEntry,
  type EmbassyPersonInput,
  type EmbassyPostEntry,
  type PartnerContactEntry,
  type ProjectLink,
} from "../domain/contacts";

/**
 * The reads of the contacts directory (and of the contacts shown on country and collectivité
 * pages): embassy posts with their correspondent and counsellor, the contacts of foreign partners,
 * one person for a vCard. The shapes are lib/domain/contacts.ts; the query matching is ./contact-match.
 */
export interface ContactQuery {
  q?: string;
  country: SearchParams["country"];
  /** Only the posts with a vacant role (the directory's "Postes vacants" filter). */
  vacant?: boolean;
  /** One post, by its slug (the post's page). */
  slug?: string;
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
export async function findEmbassyPosts(
  query: ContactQuery,
  options: { projectLimit?: number } = {},
): Promise<EmbassyPostEntry[]> {
  const version = await dataVersion();
  const read = () =>
    options.projectLimit === undefined || query.slug !== undefined
      ? queryEmbassyPosts(query, options)
      : cardsMatching(version, query, options.projectLimit);
  return isCommon(query)
    ? cachedUntilImport(version, `contacts:posts:${JSON.stringify([query, options])}`, read)
    : read();
}

/**
 * Without words, a selection depends only on the data (country pages, the directory, a country
 * of it): kept until the next import. Only these few shapes, so that requests cannot fill memory
 * with keys (one collectivité's contacts are kept with its page's reads when it is a large one,
 * lib/page-data/collectivite-page.ts); words are matched through the trigram indexes.
 */
const isCommon = (query: ContactQuery & { collectiviteId?: number }) =>
  !query.q?.trim() && query.country.length <= 1 && query.collectiviteId === undefined;

/**
 * The cards of the posts a query names. A card (contacts now and before, newest projects) does not
 * depend on the query, and building them is most of the work (every contact and project of the
 * posts ranked: 190–280 ms for a common surname at 20,000 projects): every post's card is built
 * once per data version for each `projectLimit` the pages use, and a query only finds which posts
 * it names (about 15 ms).
 */
async function cardsMatching(version: string, query: ContactQuery, projectLimit: number): Promise<EmbassyPostEntry[]> {
  const [cards, named] = await Promise.all([
    cachedUntilImport(version, `contacts:post-cards:${projectLimit}`, () =>
      queryEmbassyPosts({ country: [] }, { projectLimit }),
    ),
    postsNamed(query),
  ]);
  return cards.filter((post) => named.has(post.id) && (!query.vacant || hasVacantRole(post)));
}

async function postsNamed(query: ContactQuery): Promise<Set<number>> {
  const rows = await prisma().$queryRaw<{ id: number }[]>`
    SELECT ep.id FROM embassy_post ep
    WHERE ${countryFilter(Prisma.sql`ep.country_code`, query.country)} AND ${embassyPostMatch(query.q)}`;
  return new Set(rows.map((r) => r.id));
}

async function queryEmbassyPosts(
  query: ContactQuery,
  { projectLimit }: { projectLimit?: number },
): Promise<EmbassyPostEntry[]> {
  const rows = await prisma().$queryRaw<PostRow[]>`
    WITH post AS (
      SELECT ep.id, ep.name, ep.slug, ep.country_code, co.name_fr AS country_name
      FROM embassy_post ep LEFT JOIN country co ON co.code = ep.country_code
      WHERE ${countryFilter(Prisma.sql`ep.country_code`, query.country)} AND ${embassyPostMatch(query.q)}
        ${query.slug === undefined ? Prisma.empty : Prisma.sql`AND ep.slug = ${query.slug}`}),
    keyed AS MATERIALIZED (
      SELECT ec.id, ec.post_id, ec.role, ec.name, ec.email, ec.fiche_year, atlas_fold(ec.name) AS person_key,
        extract(year FROM pr.imported_at)::int AS import_year
      FROM embassy_contact ec JOIN project pr ON pr.id = ec.project_id WHERE ec.post_id IN (SELECT id FROM post)),
    ranked AS (
      SELECT k.*, row_number() OVER newest AS rank, first_value(k.person_key) OVER newest AS current_key,
        row_number() OVER (PARTITION BY k.post_id, k.role, k.person_key ORDER BY k.fiche_year DESC NULLS LAST, k.id DESC) AS person_rank
      FROM keyed k
      WINDOW newest AS (PARTITION BY k.post_id, k.role ORDER BY k.fiche_year DESC NULLS LAST, k.id DESC)),
    shown AS (
      -- Per post: the current contact of each role, and each other person once (at their newest appearance).
      SELECT r.post_id, json_agg(json_build_object('id', r.id, 'role', r.role, 'name', r.name, 'email', r.email,
          'ficheYear', r.fiche_year, 'importYear', r.import_year, 'current', r.rank = 1) ORDER BY r.role, r.rank) AS contacts
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
  return rows
    .map(({ contacts, ...post }) => {
      const roles = {} as EmbassyPostEntry["roles"];
      for (const role of EMBASSY_ROLES) {
        const own = contacts.filter((c) => c.role === role);
        const strip = ({ id, name, email, ficheYear, importYear }: EmbassyContactEntry) => ({
          id,
          name,
          email,
          ficheYear,
          importYear,
        });
        const current = own.find((c) => c.current);
        roles[role] = { current: current ? strip(current) : null, earlier: own.filter((c) => !c.current).map(strip) };
      }
      return { ...post, roles };
    })
    .filter((post) => !query.vacant || hasVacantRole(post));
}

export interface PartnerContactPage {
  total: number;
  items: PartnerContactEntry[];
}

/**
 * Contacts of foreign partners matching the query, one entry per person and collectivité (a
 * person named in several fiches appears once, with all their projects, newest fiche first),
 * ordered by country and collectivité so the page can group them.
 */
export async function findPartnerContacts(
  query: ContactQuery & { collectiviteId?: number },
  limit = 500,
  offset = 0,
): Promise<PartnerContactPage> {
  if (!isCommon(query)) return queryPartnerContacts(query, limit, offset);
  // Every page of a selection without words is a slice of the whole selection, read once per
  // data version: numbering the 41,000 contacts of 20,000 projects for page 2 cost a second.
  const all = await cachedUntilImport(await dataVersion(), `contacts:partners:${JSON.stringify(query)}`, () =>
    queryPartnerContacts(query, null, 0),
  );
  return { total: all.total, items: all.items.slice(offset, offset + limit) };
}

async function queryPartnerContacts(
  query: ContactQuery & { collectiviteId?: number },
  /** null: all of them. */
  limit: number | null,
  offset: number,
): Promise<PartnerContactPage> {
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
          row_number() OVER (PARTITION BY m.person_key ORDER BY m.fiche_year DESC NULLS LAST, m.id DESC) AS newest
        FROM matched m) ranked
      WHERE newest = 1),
    page AS (
      SELECT * FROM person ORDER BY country_sort NULLS LAST, lower(unaccent(partner_name)), person_key, person_id
      LIMIT ${limit}::int OFFSET ${offset}),
    -- Projects only for the people shown: a common surname matches thousands (7,000 for "CHAN").
    -- One object keyed by person, looked up per row: joining this list back to the page let the
    -- planner pick a nested loop, quadratic when the page is the whole selection (10 s for Senegal).
    page_projects AS (
      SELECT jsonb_object_agg(person_key, projects) AS by_person FROM (
        SELECT m.person_key, jsonb_agg(jsonb_build_object('slug', m.project_slug, 'title', m.project_title)
            ORDER BY m.fiche_year DESC NULLS LAST, m.id DESC) AS projects
        FROM matched m WHERE m.person_key IN (SELECT person_key FROM page) GROUP BY m.person_key) listed)
    SELECT (SELECT count(*)::int FROM person) AS total,
      coalesce((SELECT json_agg(json_build_object('id', p.person_id, 'lastName', p.last_name, 'firstName', p.first_name,
          'role', p.newest_role, 'email', p.email, 'partnerName', p.partner_name, 'collectiviteSlug', p.collectivite_slug,
          'countryCode', p.country_code, 'countryName', p.country_name,
          'projects', (SELECT by_person FROM page_projects) -> p.person_key)
          ORDER BY p.country_sort NULLS LAST, lower(unaccent(p.partner_name)), p.person_key, p.person_id)
        FROM page p), '[]') AS items`;
  // A person named twice in one fiche lists that project once.
  const { total, items } = rows[0];
  return {
    total,
    items: items.map((item) => ({ ...item, projects: [...new Map(item.projects.map((p) => [p.slug, p])).values()] })),
  };
}

/** Countries that have an embassy post or a partner contact, for the directory's country filter. */
export async function contactCountries(): Promise<{ code: string; name: string }[]> {
  return cachedUntilImport(await dataVersion(), "contacts:countries", readContactCountries);
}

function readContactCountries(): Promise<{ code: string; name: string }[]> {
  return prisma().$queryRaw<{ code: string; name: string }[]>`
    SELECT co.code, co.name_fr AS name FROM country co
    WHERE EXISTS (SELECT 1 FROM embassy_post ep WHERE ep.country_code = co.code)
       OR EXISTS (SELECT 1 FROM partner_contact pc JOIN collectivite c ON c.id = pc.collectivite_id WHERE c.country_code = co.code)
    ORDER BY atlas_fold(co.name_fr)`;
}

/**
 * One person for their vCard, from the key the directory links to (parsed by the route). An
 * embassy contact carries every role the same person holds at that post in the same fiche year.
 */
export async function findContactPerson({
  kind,
  id,
}: {
  kind: ContactKind;
  id: number;
}): Promise<ContactPerson | null> {
  return kind === "partner" ? findPartnerPerson(id) : findEmbassyPerson(id);
}

async function findPartnerPerson(id: number): Promise<ContactPerson | null> {
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

async function findEmbassyPerson(id: number): Promise<ContactPerson | null> {
  // json_agg gives null when the post is linked to no project.
  const rows = await prisma().$queryRaw<(Omit<EmbassyPersonInput, "projects"> & { projects: ProjectLink[] | null })[]>`
    SELECT ec.id, ec.name, ec.email, ec.fiche_year AS "ficheYear", ep.name AS post, ep.country_code AS "countryCode", co.name_fr AS "countryName",
      (SELECT array_agg(DISTINCT o.role) FROM embassy_contact o WHERE o.post_id = ec.post_id
         AND atlas_fold(o.name) = atlas_fold(ec.name) AND o.fiche_year IS NOT DISTINCT FROM ec.fiche_year) AS roles,
      (SELECT json_agg(json_build_object('slug', pr.slug, 'title', pr.title)) FROM project_embassy_post pep
         JOIN project pr ON pr.id = pep.project_id WHERE pep.post_id = ec.post_id) AS projects
    FROM embassy_contact ec JOIN embassy_post ep ON ep.id = ec.post_id LEFT JOIN country co ON co.code = ep.country_code
    WHERE ec.id = ${id}`;
  const row = rows[0];
  if (!row) return null;
  return embassyPerson({ ...row, projects: row.projects ?? [] });
}
