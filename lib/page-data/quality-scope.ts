import "server-only";
import { prisma } from "../db/client";

/** What a /qualite filter can name besides a country: a collectivité (by slug or name) and an embassy post (by slug). */

export interface ScopeCollectivite {
  id: number;
  slug: string;
  name: string;
}

/** The collectivité a filter names: its slug, else the closest display name (accents, case and typos aside). */
export async function collectiviteForScope(text: string): Promise<ScopeCollectivite | null> {
  const rows = await prisma().$queryRaw<ScopeCollectivite[]>`
    WITH typed AS (SELECT atlas_fold(${text}) AS folded)
    SELECT c.id, c.slug, c.display_name AS name FROM collectivite c, typed
    WHERE c.slug = ${text} OR atlas_fold(c.display_name) % typed.folded OR atlas_fold(c.display_name) LIKE '%' || typed.folded || '%'
    ORDER BY c.slug = ${text} DESC, atlas_fold(c.display_name) = typed.folded DESC, similarity(atlas_fold(c.display_name), typed.folded) DESC, c.id
    LIMIT 1`;
  return rows[0] ?? null;
}

export interface ScopePost {
  id: number;
  slug: string;
  name: string;
}

/** The post a filter names by its slug, or null. */
export async function postForScope(slug: string): Promise<ScopePost | null> {
  const rows = await prisma().$queryRaw<ScopePost[]>`SELECT id, slug, name FROM embassy_post WHERE slug = ${slug}`;
  return rows[0] ?? null;
}

/** Every post, by name, for the filter's list. */
export function postOptions(): Promise<Omit<ScopePost, "id">[]> {
  return prisma().$queryRaw`SELECT slug, name FROM embassy_post ORDER BY name, slug`;
}
