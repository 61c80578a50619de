import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import { encodeNetwork, type CompactNetwork, type NetworkEdge, type NetworkNode } from "../domain/network-format";
import { projectWhere } from "../search/filters";
import { cachedUntilImport, dataVersion } from "../search/data-version";
import { withTextQuery } from "../search/text-query";
import type { SearchParams } from "../search/params";

/**
 * The network of /reseau and GET /api/network: the collectivités of the filtered projects,
 * linked when they share projects (the format and what a link is: lib/domain/network-format.ts).
 * A country filter keeps the French collectivités and the foreign partners in those countries,
 * so `?country=TN` shows the Tunisian partners and their French partners.
 */

/** The (collectivité, project) pairs of the filtered projects: what every query below builds on. */
function partnerships(params: SearchParams): Prisma.Sql {
  const inCountries = params.country.length
    ? Prisma.sql`AND (c.side = 'french' OR c.country_code = ANY(${params.country}::text[]))`
    : Prisma.empty;
  return Prisma.sql`
    hits AS (SELECT p.id, p.slug, p.title FROM project p ${projectWhere(params)}),
    links AS (
      SELECT DISTINCT pp.collectivite_id, c.side, h.id AS project_id
      FROM hits h JOIN project_partner pp ON pp.project_id = h.id JOIN collectivite c ON c.id = pp.collectivite_id
      WHERE true ${inCountries}),
    pairs AS (
      SELECT a.collectivite_id AS source, b.collectivite_id AS target, a.side = 'french' AS source_french, a.project_id
      FROM links a JOIN links b ON b.project_id = a.project_id AND b.collectivite_id > a.collectivite_id
      WHERE a.side = 'french' OR b.side = 'french')`;
}

export async function networkNodes(params: SearchParams): Promise<NetworkNode[]> {
  return prisma().$queryRaw<NetworkNode[]>`
    WITH ${partnerships(params)}
    SELECT c.id, c.slug, c.display_name AS name, c.side, c.country_code AS "countryCode", count(*)::int AS projects,
      CASE WHEN c.precision = 'none' THEN NULL ELSE c.lon END AS lon,
      CASE WHEN c.precision = 'none' THEN NULL ELSE c.lat END AS lat
    FROM links l JOIN collectivite c ON c.id = l.collectivite_id
    GROUP BY c.id ORDER BY c.side, c.display_name, c.id`;
}

export async function networkEdges(params: SearchParams): Promise<NetworkEdge[]> {
  return prisma().$queryRaw<NetworkEdge[]>`
    WITH ${partnerships(params)}
    SELECT source, target, count(*)::int AS weight FROM pairs GROUP BY source, target ORDER BY source, target`;
}

export interface StrongLink {
  source: { slug: string; name: string };
  target: { slug: string; name: string };
  projects: { slug: string; title: string }[];
}

/**
 * The pairs sharing the most projects, with those projects: the graph's table alternative.
 * Pairs are counted first, and only those as strong as the `limit`-th are sorted by name and get
 * their projects listed: folding the names of all 80,000 pairs of a 20,000-fiche corpus and
 * listing all their projects took seconds, on the page's first visit.
 */
export async function strongestLinks(params: SearchParams, limit: number): Promise<StrongLink[]> {
  return prisma().$queryRaw<StrongLink[]>`
    WITH ${partnerships(params)},
    -- The French collectivité first (a French–French pair keeps its order).
    oriented AS (
      SELECT CASE WHEN source_french THEN source ELSE target END AS a_id,
        CASE WHEN source_french THEN target ELSE source END AS b_id, project_id
      FROM pairs),
    counted AS (SELECT a_id, b_id, count(*) AS shared FROM oriented GROUP BY a_id, b_id),
    weakest_shown AS (SELECT shared FROM counted ORDER BY shared DESC LIMIT 1 OFFSET ${limit - 1}),
    strongest AS (
      SELECT c.a_id, c.b_id, c.shared FROM counted c JOIN collectivite a ON a.id = c.a_id JOIN collectivite b ON b.id = c.b_id
      WHERE c.shared >= coalesce((SELECT shared FROM weakest_shown), 0)
      ORDER BY c.shared DESC, atlas_fold(a.display_name), atlas_fold(b.display_name), a.id, b.id
      LIMIT ${limit})
    SELECT json_build_object('slug', a.slug, 'name', a.display_name) AS source,
      json_build_object('slug', b.slug, 'name', b.display_name) AS target,
      json_agg(json_build_object('slug', h.slug, 'title', h.title) ORDER BY h.title, h.id) AS projects
    FROM strongest s JOIN oriented o ON o.a_id = s.a_id AND o.b_id = s.b_id JOIN hits h ON h.id = o.project_id
      JOIN collectivite a ON a.id = s.a_id JOIN collectivite b ON b.id = s.b_id
    GROUP BY a.id, b.id, s.shared
    ORDER BY s.shared DESC, atlas_fold(a.display_name), atlas_fold(b.display_name), a.id, b.id`;
}

async function computeNetwork(params: SearchParams): Promise<CompactNetwork> {
  const [nodes, edges] = await Promise.all([networkNodes(params), networkEdges(params)]);
  return encodeNetwork(nodes, edges);
}

/**
 * The network in the wire format, as GET /api/network sends it. The unfiltered one (3 MB of JSON for a 20,000-fiche
 * corpus) is serialised once per data version, as the map's is: 30–50 ms a request otherwise.
 */
export async function networkJson(input: SearchParams): Promise<string> {
  const [params, version] = await Promise.all([withTextQuery(input), dataVersion()]);
  const json = async () => JSON.stringify(await computeNetwork(params));
  return projectWhere(params).sql === "" ? cachedUntilImport(version, "network:all:json", json) : json();
}

export const LINKS_SHOWN = 50;

/** The table's strongest links, for the page (same text resolution as the graph); the unfiltered one is cached until the next import. */
export async function networkTable(input: SearchParams): Promise<StrongLink[]> {
  const [params, version] = await Promise.all([withTextQuery(input), dataVersion()]);
  const compute = () => strongestLinks(params, LINKS_SHOWN);
  return projectWhere(params).sql === "" ? cachedUntilImport(version, "network:links", compute) : compute();
}
