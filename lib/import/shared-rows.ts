import type pg from "pg";
import { foldForMatch } from "../text/fold";
import { slugChoices, slugify } from "./identity";
import type { KnownRows, StagedRows } from "./known-rows";
import type { PreparedCollectivite, PreparedPost } from "./prepare";
import { freeSlugSql, insertRows, preferredSpellingSql } from "./sql";

/**
 * Records shared between fiches (thematic nodes, collectivités, embassy posts), upserted by a
 * fiche's transaction. Each is identified by its folded spelling (a recognised French
 * collectivité by its official code, see collectiviteIdentity), so that two spellings of one
 * name meet on the same record instead of clashing on a unique slug or path. Rows are sent in
 * key order: concurrent fiches then lock shared rows in the same order and cannot deadlock.
 */

const byKey = <T>(entries: Iterable<[string, T]>): T[] =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);

/** "Economie durable > Attractivité des territoires" → "economie durable > attractivite des territoires". */
export function thematicKey(path: string[], level = path.length): string {
  return path.slice(0, level).map(foldForMatch).join(" > ");
}

/**
 * Upserts the thematic tree nodes of all the fiche's paths, one statement per level (a node
 * needs its parent's id), and returns the id of every node by its key (thematicKey).
 */
export async function upsertThematicPaths(
  client: pg.ClientBase,
  paths: string[][],
  known: KnownRows,
  staged: StagedRows,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let level = 1; level <= 3; level++) {
    const nodes = new Map<string, unknown[]>();
    for (const path of paths) {
      if (path.length < level) continue;
      const key = thematicKey(path, level);
      const knownId = known.thematics.get(key);
      if (knownId !== undefined) {
        ids.set(key, knownId);
        continue;
      }
      const parentId = level === 1 ? null : ids.get(thematicKey(path, level - 1));
      if (!nodes.has(key)) nodes.set(key, [level, path[level - 1], path.slice(0, level).join(" > "), key, parentId]);
    }
    if (nodes.size === 0) continue;
    const { rows } = await insertRows(
      client,
      "thematic",
      ["level", "label", "path", "path_key", "parent_id"],
      byKey(nodes),
      `ON CONFLICT (path_key) DO UPDATE SET label = ${preferredSpellingSql("thematic.label", "EXCLUDED.label")} RETURNING id, path_key`,
    );
    for (const row of rows as { id: number; path_key: string }[]) {
      ids.set(row.path_key, row.id);
      staged.thematics.set(row.path_key, row.id);
    }
  }
  return ids;
}

/** An existing record keeps its placement unless a new one is better: more precise, or unambiguous where it was not. */
const PRECISION_RANK: Record<string, number> = { none: 0, country: 1, region: 2, fuzzy: 3, "city-part": 4, exact: 5 };

function isBetterPlacement(
  next: PreparedCollectivite["placement"],
  current: { precision: string; geo_ambiguous: boolean },
) {
  return (
    (PRECISION_RANK[next.precision] ?? 0) > (PRECISION_RANK[current.precision] ?? 0) ||
    (current.geo_ambiguous && !next.ambiguous && next.precision !== "none")
  );
}

export const collectiviteKey = (c: { identity: string; countryCode: string }) => `${c.identity}\u0000${c.countryCode}`;

/**
 * Upserts the fiche's collectivités in one statement; returns their ids by collectiviteKey.
 * Each is marked for its display name to be recomputed (see refreshStaleDisplayNames).
 */
export async function upsertCollectivites(
  client: pg.ClientBase,
  list: PreparedCollectivite[],
): Promise<Map<string, number>> {
  const unique = new Map<string, PreparedCollectivite>();
  for (const c of list) if (!unique.has(collectiviteKey(c))) unique.set(collectiviteKey(c), c);
  const sorted = byKey(unique);
  const slugs = slugChoices(
    sorted.map((c) => ({
      slug: `${slugify(c.slugName, 10)}-${(c.countryCode || "xx").toLowerCase()}`,
      key: collectiviteKey(c),
    })),
  );
  const ids = new Map<string, number>();
  if (sorted.length === 0) return ids;
  const params: unknown[] = [];
  const tuples = sorted.map((c, i) => {
    const p = c.placement;
    const slug = freeSlugSql("collectivite", `$${params.push(slugs[i].slug)}`, `$${params.push(slugs[i].fallback)}`);
    const rest = [
      c.identity,
      c.countryCode,
      c.countryLabel,
      c.nameAsWritten,
      c.side,
      c.kind,
      c.officialCode,
      c.departementCode,
      c.regionCode,
      c.regionName,
      p.lat,
      p.lon,
      p.precision,
      p.source,
      p.admin1,
      p.ambiguous,
      JSON.stringify(p.alternatives ?? []),
    ].map((v) => `$${params.push(v)}`);
    return `(${slug}, ${rest.join(", ")}, true)`;
  });
  const { rows: written } = await client.query<{
    id: number;
    name_key: string;
    country_code: string;
    precision: string;
    geo_ambiguous: boolean;
    inserted: boolean;
  }>(
    `INSERT INTO collectivite (slug, name_key, country_code, country_label, display_name, side, kind, official_code,
       departement_code, region_code, region_name, lat, lon, precision, geo_source, geo_admin1, geo_ambiguous, geo_alternatives,
       display_name_stale)
     VALUES ${tuples.join(", ")}
     ON CONFLICT (name_key, country_code) DO UPDATE SET
       kind = coalesce(collectivite.kind, EXCLUDED.kind),
       official_code = coalesce(collectivite.official_code, EXCLUDED.official_code),
       departement_code = coalesce(collectivite.departement_code, EXCLUDED.departement_code),
       region_code = coalesce(collectivite.region_code, EXCLUDED.region_code),
       region_name = coalesce(collectivite.region_name, EXCLUDED.region_name),
       display_name_stale = true
     RETURNING id, name_key, country_code, precision, geo_ambiguous, (xmax = 0) AS inserted`,
    params,
  );
  for (const row of written) {
    const key = collectiviteKey({ identity: row.name_key, countryCode: row.country_code });
    ids.set(key, row.id);
    const c = unique.get(key)!;
    if (!row.inserted && isBetterPlacement(c.placement, row)) {
      const p = c.placement;
      await client.query(
        `UPDATE collectivite SET lat = $2, lon = $3, precision = $4, geo_source = $5, geo_admin1 = $6, geo_ambiguous = $7,
           geo_alternatives = $8 WHERE id = $1`,
        [row.id, p.lat, p.lon, p.precision, p.source, p.admin1, p.ambiguous, JSON.stringify(p.alternatives ?? [])],
      );
    }
  }
  return ids;
}

/** An embassy post is one record per folded name: "AMBASSADE DE FRANCE A TUNIS" is "Ambassade de France à Tunis". */
export const postKey = (name: string) => foldForMatch(name);

/** Upserts the fiche's embassy posts; returns their ids by postKey. */
export async function upsertPosts(
  client: pg.ClientBase,
  posts: PreparedPost[],
  known: KnownRows,
  staged: StagedRows,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const fresh = new Map<string, PreparedPost>();
  for (const post of posts) {
    const key = postKey(post.name);
    const knownId = known.posts.get(key);
    if (knownId !== undefined) ids.set(key, knownId);
    else if (!fresh.has(key)) fresh.set(key, post);
  }
  if (fresh.size === 0) return ids;
  const sorted = byKey(fresh);
  const slugs = slugChoices(sorted.map((post) => ({ slug: slugify(post.name, 12), key: postKey(post.name) })));
  const params: unknown[] = [];
  const tuples = sorted.map((post, i) => {
    const slug = freeSlugSql("embassy_post", `$${params.push(slugs[i].slug)}`, `$${params.push(slugs[i].fallback)}`);
    return `($${params.push(post.name)}, $${params.push(postKey(post.name))}, ${slug}, $${params.push(post.countryCode)})`;
  });
  const { rows } = await client.query<{ id: number; name: string; name_key: string; country_code: string | null }>(
    `INSERT INTO embassy_post (name, name_key, slug, country_code) VALUES ${tuples.join(", ")}
     ON CONFLICT (name_key) DO UPDATE SET country_code = coalesce(EXCLUDED.country_code, embassy_post.country_code),
       name = ${preferredSpellingSql("embassy_post.name", "EXCLUDED.name")}
     RETURNING id, name, name_key, country_code`,
    params,
  );
  for (const r of rows) {
    ids.set(r.name_key, r.id);
    // Skipped by later fiches once the upsert could change nothing: the country is known and the
    // name is not one in capitals that another spelling would replace.
    if (r.country_code && r.name !== r.name.toUpperCase()) staged.posts.set(r.name_key, r.id);
  }
  return ids;
}
