import { Prisma } from "../generated/prisma/client";
import { columnOf, type FilterValue } from "./filter-kinds";
import { FILTERS, type ListFilterOf, type RangeFilterOf } from "./filter-registry";
import type { Locale } from "../i18n/routing";
import type { SearchParams } from "./params";

const MAX_QUERY_WORDS = 8;

/**
 * The full-text query for what the user typed: every word must match (French stems, accents
 * ignored). A word of five letters or more that is no known name word is widened to the
 * closest words of the names dictionary, so a misspelt name ("Clermond") still matches; short
 * words are not widened, or "eau" would match every "réseau".
 *
 * In English a word matches its French stem or its English one (the document holds the English
 * names of the project's thematics and countries: "water" finds « Eau et assainissement »), and
 * a stop word of either language ("the", "of", "de") is left out rather than required.
 */
export function tsQuery(q: string, locale: Locale = "fr"): Prisma.Sql {
  const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_QUERY_WORDS);
  const perWord = words.map((w) => (locale === "fr" ? frenchWord(w) : englishWord(w)));
  return perWord.length ? Prisma.sql`(${Prisma.join(perWord, " && ")})` : Prisma.sql`''::tsquery`;
}

function frenchWord(w: string): Prisma.Sql {
  return w.length < 5
    ? Prisma.sql`plainto_tsquery('atlas_fr', ${w})`
    : Prisma.sql`(plainto_tsquery('atlas_fr', ${w}) || ${widened(w)})`;
}

/** An empty tsquery drops out of the `&&` of the words (PostgreSQL keeps the other side). */
function englishWord(w: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN numnode(plainto_tsquery('atlas_en', ${w})) = 0
      OR numnode(plainto_tsquery('atlas_fr', ${w})) = 0 THEN ''::tsquery
    ELSE ${frenchWord(w)} || plainto_tsquery('atlas_en', ${w}) END)`;
}

/** The closest words of the names dictionary to a word it does not hold, as a tsquery ('' when none). */
function widened(w: string): Prisma.Sql {
  return Prisma.sql`coalesce((
          SELECT to_tsquery('atlas_fr', string_agg(sw.word, ' | '))
          FROM (SELECT word FROM search_word
                WHERE word % atlas_fold(${w}) AND similarity(word, atlas_fold(${w})) >= 0.5
                  AND NOT EXISTS (SELECT 1 FROM search_word known WHERE known.word = atlas_fold(${w}))
                ORDER BY similarity(word, atlas_fold(${w})) DESC LIMIT 3) sw), ''::tsquery)`;
}

/** The tsquery of the params: the resolved constant when there is one, else computed in place. */
export function queryOf(params: SearchParams): Prisma.Sql {
  if (params.tsquery !== undefined) return Prisma.sql`${params.tsquery}::tsquery`;
  return tsQuery(params.q ?? "", params.locale);
}

function listCondition(filter: ListFilterOf, params: SearchParams): Prisma.Sql[] {
  const values: FilterValue[] = params[filter.key];
  if (!values.length) return [];
  const { name, sqlType, shape } = columnOf(filter, params);
  const [column, type] = [Prisma.raw(`p.${name}`), Prisma.raw(sqlType)];
  return [
    shape === "array"
      ? Prisma.sql`${column} && ${values}::${type}[]`
      : Prisma.sql`${column} = ANY(${values}::${type}[])`,
  ];
}

function rangeConditions(filter: RangeFilterOf, params: SearchParams): Prisma.Sql[] {
  const column = Prisma.raw(`p.${filter.column}`);
  const [from, to] = [params[filter.from], params[filter.to]];
  return [
    ...(from !== undefined ? [Prisma.sql`${column} >= ${from}`] : []),
    ...(to !== undefined ? [Prisma.sql`${column} <= ${to}`] : []),
  ];
}

/**
 * The WHERE clause (on `project p`) for a set of search params: the text query, then every
 * filter of lib/search/filter-registry.ts. Values of one filter are OR-ed, filters are AND-ed.
 * Filters read the project's facet columns (see the migration that adds them): no joins.
 */
export function projectWhere(params: SearchParams): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (params.q) conditions.push(Prisma.sql`p.search @@ ${queryOf(params)}`);
  for (const filter of FILTERS) {
    conditions.push(...(filter.kind === "range" ? rangeConditions(filter, params) : listCondition(filter, params)));
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
