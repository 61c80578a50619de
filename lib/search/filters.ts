import { Prisma } from "../generated/prisma/client";
import type { FacetKey, SearchParams } from "./params";

/**
 * The WHERE clause (on `project p`) for a set of search params. Values of one filter are OR-ed,
 * filters are AND-ed. `omit` leaves one facet's own filter out, so that facet's counts show what
 * choosing another value would give ("live counts that respect the other active filters").
 */
export function textMatch(q: string): Prisma.Sql {
  // Full text (French stems, accents ignored), plus trigram similarity on titles and names so a
  // misspelt name ("Clermond") still matches; short words only use full text, or "eau" would
  // match every "réseau".
  const words = q.split(/\s+/).filter((w) => w.length >= 5);
  const fuzzy = words.length
    ? Prisma.sql` OR (${Prisma.join(words.map((w) => Prisma.sql`atlas_fold(${w}) <% atlas_fold(p.title || ' ' || p.search_names)`), " AND ")})`
    : Prisma.empty;
  return Prisma.sql`(p.search @@ websearch_to_tsquery('atlas_fr', ${q})${fuzzy})`;
}

export function projectWhere(params: SearchParams, omit?: FacetKey): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (params.q) conditions.push(textMatch(params.q));
  if (params.country.length && omit !== "country") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
      WHERE pp.project_id = p.id AND pp.role = 'foreign' AND c.country_code = ANY(${params.country}::text[]))`);
  }
  if (params.thematic.length && omit !== "thematic") {
    const ids = params.thematic;
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM project_thematic pt WHERE pt.project_id = p.id
      AND (pt.theme_id = ANY(${ids}::int[]) OR pt.sub_theme_id = ANY(${ids}::int[]) OR pt.sub_sub_theme_id = ANY(${ids}::int[]))
      ${params.primary ? Prisma.sql`AND pt.is_primary` : Prisma.empty})`);
  }
  if (params.status.length && omit !== "status") conditions.push(Prisma.sql`p.status = ANY(${params.status}::text[])`);
  if (omit !== "year") {
    if (params.from !== undefined) conditions.push(Prisma.sql`p.start_year >= ${params.from}`);
    if (params.to !== undefined) conditions.push(Prisma.sql`p.start_year <= ${params.to}`);
  }
  if (params.french.length && omit !== "french") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM project_partner pp WHERE pp.project_id = p.id AND pp.role = 'french'
      AND pp.collectivite_id = ANY(${params.french}::int[]))`);
  }
  if (params.region.length && omit !== "region") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM project_partner pp JOIN collectivite c ON c.id = pp.collectivite_id
      WHERE pp.project_id = p.id AND pp.role = 'french' AND c.region_code = ANY(${params.region}::text[]))`);
  }
  if (params.funder.length && omit !== "funder") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM funding f WHERE f.project_id = p.id AND f.funder_kind = ANY(${params.funder}::text[]))`);
  }
  if (params.sdg.length && omit !== "sdg") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM project_sdg ps WHERE ps.project_id = p.id AND ps.goal = ANY(${params.sdg}::int[]))`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
