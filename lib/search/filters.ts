import { Prisma } from "../generated/prisma/client";
import type { FacetKey, SearchParams } from "./params";

const MAX_QUERY_WORDS = 8;

/**
 * The full-text query for what the user typed: every word must match (French stems, accents
 * ignored). A word of five letters or more that is no known name word is widened to the
 * closest words of the names dictionary, so a misspelt name ("Clermond") still matches; short
 * words are not widened, or "eau" would match every "réseau".
 */
export function tsQuery(q: string): Prisma.Sql {
  const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);
  const perWord = words.map((w) =>
    w.length < 5
      ? Prisma.sql`plainto_tsquery('atlas_fr', ${w})`
      : Prisma.sql`(plainto_tsquery('atlas_fr', ${w}) || coalesce((
          SELECT to_tsquery('atlas_fr', string_agg(sw.word, ' | '))
          FROM (SELECT word FROM search_word
                WHERE word % atlas_fold(${w}) AND similarity(word, atlas_fold(${w})) >= 0.5
                  AND NOT EXISTS (SELECT 1 FROM search_word known WHERE known.word = atlas_fold(${w}))
                ORDER BY similarity(word, atlas_fold(${w})) DESC LIMIT 3) sw), ''::tsquery))`,
  );
  return perWord.length ? Prisma.sql`(${Prisma.join(perWord, " && ")})` : Prisma.sql`''::tsquery`;
}

/** The tsquery of the params: the resolved constant when there is one, else computed in place. */
export function queryOf(params: SearchParams): Prisma.Sql {
  if (params.tsquery !== undefined) return Prisma.sql`${params.tsquery}::tsquery`;
  return tsQuery(params.q ?? "");
}

/**
 * The WHERE clause (on `project p`) for a set of search params. Values of one filter are OR-ed,
 * filters are AND-ed. `omit` leaves one facet's own filter out, so that facet's counts show what
 * choosing another value would give ("live counts that respect the other active filters").
 * Facet filters read the project's facet arrays (see the migration that adds them): no joins.
 */
export function projectWhere(params: SearchParams, omit?: FacetKey): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (params.q) conditions.push(Prisma.sql`p.search @@ ${queryOf(params)}`);

  if (params.country.length && omit !== "country") conditions.push(Prisma.sql`p.country_codes && ${params.country}::text[]`);
  if (params.thematic.length && omit !== "thematic") {
    conditions.push(
      params.primary
        ? Prisma.sql`p.primary_theme_ids && ${params.thematic}::int[]`
        : Prisma.sql`p.theme_ids && ${params.thematic}::int[]`,
    );
  }
  if (params.status.length && omit !== "status") conditions.push(Prisma.sql`p.status = ANY(${params.status}::text[])`);
  if (omit !== "year") {
    if (params.from !== undefined) conditions.push(Prisma.sql`p.start_year >= ${params.from}`);
    if (params.to !== undefined) conditions.push(Prisma.sql`p.start_year <= ${params.to}`);
  }
  if (params.french.length && omit !== "french") conditions.push(Prisma.sql`p.french_ids && ${params.french}::int[]`);
  if (params.region.length && omit !== "region") conditions.push(Prisma.sql`p.region_codes && ${params.region}::text[]`);
  if (params.funder.length && omit !== "funder") conditions.push(Prisma.sql`p.funder_kinds && ${params.funder}::text[]`);
  if (params.sdg.length && omit !== "sdg") conditions.push(Prisma.sql`p.sdg_goals && ${params.sdg}::int[]`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
