import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { projectWhere, queryOf } from "./filters";
import { withTextQuery } from "./text-query";
import { queryLexemes, snippetOf } from "./snippet";
import { searchMatches } from "./matches";
import { recentIds } from "./facet-count";
import { effectiveSort, PAGE_SIZE, type SearchParams } from "./params";
import type { ProjectHit } from "../domain/project-hit";

export type { ProjectHit };

export interface ProjectPage {
  total: number;
  items: ProjectHit[];
}

function orderBy(params: SearchParams): Prisma.Sql {
  switch (effectiveSort(params)) {
    case "relevance":
      return params.q
        ? Prisma.sql`ORDER BY ts_rank_cd(p.search, ${queryOf(params)}) DESC, p.start_year DESC NULLS LAST, p.id`
        : Prisma.sql`ORDER BY p.start_year DESC NULLS LAST, p.id DESC`;
    case "title":
      return Prisma.sql`ORDER BY p.title COLLATE "C", p.id`;
    default:
      return Prisma.sql`ORDER BY p.start_year DESC NULLS LAST, p.id DESC`;
  }
}

/** The texts a snippet is cut from (lib/search/snippet.ts), read only when there is a text query. */
function snippetSource(params: SearchParams | undefined): Prisma.Sql {
  if (!params?.q) return Prisma.sql`NULL::text`;
  return Prisma.sql`concat_ws(' … ', p.objectives, p.description, p.context)`;
}

const HIT_COLUMNS = (params: SearchParams | undefined) => Prisma.sql`
  p.id, p.slug, p.title, p.start_year AS "startYear", p.convention_year AS "conventionYear", p.status, p.end_date AS "endDate",
  (SELECT t.label FROM thematic t WHERE t.id = (SELECT pt.theme_id FROM project_thematic pt WHERE pt.project_id = p.id AND pt.is_primary LIMIT 1)) AS thematic,
  coalesce((SELECT array_agg(pp.name_as_written ORDER BY pp.position) FROM project_partner pp WHERE pp.project_id = p.id AND pp.role = 'french'), '{}') AS "frenchPartners",
  coalesce((SELECT array_agg(co.name_fr ORDER BY co.name_fr) FROM country co WHERE co.code = ANY(p.country_codes)), '{}') AS countries,
  coalesce((SELECT json_agg(json_build_object('name', pp.name_as_written, 'slug', c.slug) ORDER BY pp.position)
    FROM project_partner pp LEFT JOIN collectivite c ON c.id = pp.collectivite_id
    WHERE pp.project_id = p.id AND pp.role = 'french'), '[]') AS "frenchLinks",
  p.country_codes AS "countryCodes",
  (SELECT count(*)::int FROM project_partner pp WHERE pp.project_id = p.id AND pp.role = 'foreign') AS "foreignPartnerCount",
  ${snippetSource(params)} AS "snippetSource"`;

/**
 * Relevance is ranked among the 500 most recent matches, enough for any page a user reaches;
 * past them the list is in date order. Ranking reads each candidate's tsvector from TOAST: over
 * the ten thousand matches of a common word that alone took 50 ms.
 */
const RANKED_CANDIDATES = 500;

type HitRow = Omit<ProjectHit, "snippet"> & { snippetSource: string | null };

interface RowsPage {
  total: number;
  rows: HitRow[];
  params: SearchParams;
}

/**
 * Sorted by title (titles are not in the in-memory index), the page is found in SQL; the total
 * is the one the facets counted.
 */
async function pageByTitle(input: SearchParams, offset: number): Promise<RowsPage> {
  const { params, counts } = await searchMatches(input);
  const rows = await prisma().$queryRaw<HitRow[]>`
    WITH page AS (SELECT p.id FROM project p ${projectWhere(params)} ${orderBy(params)} LIMIT ${PAGE_SIZE} OFFSET ${offset})
    SELECT ${HIT_COLUMNS(params)} FROM page JOIN project p ON p.id = page.id ${orderBy(params)}`;
  return { total: counts.total, rows, params };
}

/** By relevance: the most recent matches (from the in-memory index) ranked in SQL, one page of them read. */
async function pageByRelevance(input: SearchParams, offset: number): Promise<RowsPage> {
  const { params, loaded, counts } = await searchMatches(input);
  const candidates = recentIds(loaded.index, counts.passing, 0, Math.max(RANKED_CANDIDATES, offset + PAGE_SIZE));
  const rows = await prisma().$queryRaw<HitRow[]>`
    WITH page AS (
      SELECT p.id FROM project p WHERE p.id = ANY(${candidates}::int[]) ${orderBy(params)} LIMIT ${PAGE_SIZE} OFFSET ${offset})
    SELECT ${HIT_COLUMNS(params)} FROM page JOIN project p ON p.id = page.id ${orderBy(params)}`;
  return { total: counts.total, rows, params };
}

/** Newest first: the page's ids come straight from the in-memory index, SQL reads their rows. */
async function pageByDate(input: SearchParams, offset: number): Promise<RowsPage> {
  const { params, loaded, counts } = await searchMatches(input);
  const ids = recentIds(loaded.index, counts.passing, offset, PAGE_SIZE);
  const rows = await prisma().$queryRaw<HitRow[]>`
    SELECT ${HIT_COLUMNS(params)} FROM project p WHERE p.id = ANY(${ids}::int[]) ${orderBy(params)}`;
  return { total: counts.total, rows, params };
}

const PAGE_BY_SORT = { title: pageByTitle, relevance: pageByRelevance, start: pageByDate } as const;

/** A page of results and the total, for the search page. */
export async function searchProjects(input: SearchParams): Promise<ProjectPage> {
  // Which projects match, and how many, comes from the in-memory index the facets are counted
  // with (lib/search/matches.ts); so does their order, except by title.
  const { total, rows, params } = await PAGE_BY_SORT[effectiveSort(input)](input, (input.page - 1) * PAGE_SIZE);
  const lexemes = queryLexemes(params.tsquery ?? "");
  return {
    total,
    items: rows.map(({ snippetSource, ...hit }) => ({ ...hit, snippet: snippetOf(snippetSource, lexemes) })),
  };
}

/** Every matching project (no paging), for exports and the API. */
export async function allMatchingProjects(input: SearchParams): Promise<ProjectHit[]> {
  const params = await withTextQuery(input);
  const rows = await prisma().$queryRaw<HitRow[]>`
    WITH hits AS (SELECT p.* FROM project p ${projectWhere(params)})
    SELECT ${HIT_COLUMNS(undefined)} FROM hits p ${orderBy(params)}`;
  return rows.map(({ snippetSource: _, ...hit }) => ({ ...hit, snippet: null }));
}

/** One window of the matching projects, in the same order as the full list, and their total: for the paginated API. */
export async function matchingProjectsWindow(input: SearchParams, offset: number, limit: number): Promise<ProjectPage> {
  const params = await withTextQuery(input);
  const [rows, counted] = await Promise.all([
    prisma().$queryRaw<HitRow[]>`
      WITH page AS (SELECT p.id FROM project p ${projectWhere(params)} ${orderBy(params)} LIMIT ${limit} OFFSET ${offset})
      SELECT ${HIT_COLUMNS(undefined)} FROM page JOIN project p ON p.id = page.id ${orderBy(params)}`,
    prisma().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM project p ${projectWhere(params)}`,
  ]);
  return {
    total: counted[0]?.total ?? 0,
    items: rows.map(({ snippetSource: _, ...hit }) => ({ ...hit, snippet: null })),
  };
}
