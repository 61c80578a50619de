import "server-only";
import { prisma } from "../db/client";
import { cachedUntilImport, dataVersion } from "../search/data-version";

/**
 * The home page's data reads, one SQL query per function. Each count is in the same sense as the
 * search it links to (lib/search), so a figure and the total behind its link agree; the
 * integration test holds them to it.
 */

export interface AtlasFigures {
  projects: number;
  /** Collectivités taking part in a project, by side: what the map (/carte) places. */
  frenchCollectivites: number;
  foreignCollectivites: number;
  /** Sum of every declared funding amount, and the years those rows speak of. */
  fundingTotal: number;
  fundingFrom: number | null;
  fundingTo: number | null;
  /** When a project was last written (created or changed): the last import that changed the data. */
  lastImport: Date | null;
}

export async function atlasFigures(): Promise<AtlasFigures> {
  const rows = await prisma().$queryRaw<AtlasFigures[]>`
    SELECT (SELECT count(*)::int FROM project) AS projects,
      (SELECT count(DISTINCT c.id) FILTER (WHERE c.side = 'french')::int FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id) AS "frenchCollectivites",
      (SELECT count(DISTINCT c.id) FILTER (WHERE c.side = 'foreign')::int FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id) AS "foreignCollectivites",
      (SELECT coalesce(sum(amount_eur), 0)::float8 FROM funding) AS "fundingTotal",
      (SELECT min(year) FROM funding WHERE amount_eur IS NOT NULL) AS "fundingFrom",
      (SELECT max(year) FROM funding WHERE amount_eur IS NOT NULL) AS "fundingTo",
      (SELECT max(updated_at) FROM project) AS "lastImport"`;
  return rows[0];
}

export interface StatusCount {
  status: string;
  count: number;
}

/** Projects by status, as the data spells it (the `status` filter of the search). */
export async function projectsByStatus(): Promise<StatusCount[]> {
  return prisma().$queryRaw<StatusCount[]>`
    SELECT status, count(*)::int AS count FROM project WHERE status IS NOT NULL
    GROUP BY status ORDER BY count DESC, status`;
}

export interface CountryCount {
  code: string;
  name: string;
  projects: number;
}

/** Projects by country of a foreign partner: the search's country facet, most projects first. */
export async function projectsByCountry(): Promise<CountryCount[]> {
  return prisma().$queryRaw<CountryCount[]>`
    SELECT u.code, coalesce(co.name_fr, u.code) AS name, count(*)::int AS projects
    FROM project p CROSS JOIN LATERAL unnest(p.country_codes) AS u(code) LEFT JOIN country co ON co.code = u.code
    GROUP BY u.code, co.name_fr ORDER BY projects DESC, atlas_fold(coalesce(co.name_fr, u.code))`;
}

export interface ThematicCount {
  id: number;
  label: string;
  projects: number;
}

/** The themes (level 1) with the most projects, any thematic of a project counting: `?thematic=<id>`. */
export async function topThematics(limit: number): Promise<ThematicCount[]> {
  return prisma().$queryRaw<ThematicCount[]>`
    SELECT t.id, t.label, count(*)::int AS projects
    FROM project p CROSS JOIN LATERAL unnest(p.theme_ids) AS u(id) JOIN thematic t ON t.id = u.id AND t.level = 1
    GROUP BY t.id ORDER BY projects DESC, atlas_fold(t.label) LIMIT ${limit}`;
}

export interface RecentProject {
  slug: string;
  title: string;
  status: string | null;
  startYear: number | null;
  countries: string[];
  importedAt: Date;
}

export async function recentProjects(limit: number): Promise<RecentProject[]> {
  return prisma().$queryRaw<RecentProject[]>`
    SELECT p.slug, p.title, p.status, p.start_year AS "startYear", p.imported_at AS "importedAt",
      coalesce((SELECT array_agg(co.name_fr ORDER BY co.name_fr) FROM country co WHERE co.code = ANY(p.country_codes)), '{}') AS countries
    FROM project p ORDER BY p.imported_at DESC, p.id DESC LIMIT ${limit}`;
}

export interface CollectiviteSuggestion {
  slug: string;
  name: string;
}

/** The collectivités in the most projects: the suggestions of the "Voir une collectivité" box. */
export async function collectiviteSuggestions(limit: number): Promise<CollectiviteSuggestion[]> {
  return prisma().$queryRaw<CollectiviteSuggestion[]>`
    SELECT c.slug, c.display_name AS name FROM collectivite c
    JOIN (SELECT collectivite_id, count(DISTINCT project_id) AS n FROM project_partner GROUP BY collectivite_id ORDER BY n DESC LIMIT ${limit}) top
      ON top.collectivite_id = c.id
    ORDER BY atlas_fold(c.display_name)`;
}

/**
 * The collectivité a typed name most likely means: the same name (accents and case aside), else
 * the closest by trigrams, ties going to the one in the most projects. Null when nothing is close.
 */
export async function collectiviteByName(name: string): Promise<CollectiviteSuggestion | null> {
  const rows = await prisma().$queryRaw<CollectiviteSuggestion[]>`
    WITH typed AS (SELECT atlas_fold(${name}) AS folded)
    SELECT c.slug, c.display_name AS name FROM collectivite c, typed
    WHERE atlas_fold(c.display_name) % typed.folded OR atlas_fold(c.display_name) LIKE '%' || typed.folded || '%'
    ORDER BY atlas_fold(c.display_name) = typed.folded DESC, similarity(atlas_fold(c.display_name), typed.folded) DESC,
      (SELECT count(*) FROM project_partner pp WHERE pp.collectivite_id = c.id) DESC, c.id
    LIMIT 1`;
  return rows[0] ?? null;
}

export const RECENT_SHOWN = 5;
export const THEMATICS_SHOWN = 6;
export const SUGGESTIONS_SHOWN = 40;

export interface HomePageData {
  figures: AtlasFigures;
  statuses: StatusCount[];
  countries: CountryCount[];
  thematics: ThematicCount[];
  recent: RecentProject[];
  suggestions: CollectiviteSuggestion[];
}

/** Everything the home page shows, computed once per data version (the importer bumps it). */
export async function homePageData(): Promise<HomePageData> {
  return cachedUntilImport(await dataVersion(), "home", async () => {
    const [figures, statuses, countries, thematics, recent, suggestions] = await Promise.all([
      atlasFigures(),
      projectsByStatus(),
      projectsByCountry(),
      topThematics(THEMATICS_SHOWN),
      recentProjects(RECENT_SHOWN),
      collectiviteSuggestions(SUGGESTIONS_SHOWN),
    ]);
    return { figures, statuses, countries, thematics, recent, suggestions };
  });
}
