import "server-only";
import type { EmbassyPostEntry } from "../domain/contacts";
import { findEmbassyPosts } from "./contacts";
import { countryFrenchCollectivites, countryFunding, countryPartners } from "./country";

/**
 * The reads of /postes and /postes/<slug>: the embassy posts with their correspondent and
 * counsellor (the directory's read, lib/page-data/contacts.ts), and for one post what happens
 * in its country (collectivités, funding: the country page's reads).
 */

/** Every post, with its roles and project count (no project list: /postes shows counts). */
export function listPosts(): Promise<EmbassyPostEntry[]> {
  return findEmbassyPosts({ country: [] }, { projectLimit: 0 });
}

/** One post with all its projects and every contact it had, or null for an unknown slug. */
export async function findPost(slug: string): Promise<EmbassyPostEntry | null> {
  const [post] = await findEmbassyPosts({ country: [], slug });
  return post ?? null;
}

/** The post's dashboard: the post, and the collectivités and funding of its country. */
export async function postDashboard(slug: string) {
  const post = await findPost(slug);
  if (!post) return null;
  const code = post.countryCode;
  const [foreign, french, funding] = code
    ? await Promise.all([countryPartners(code), countryFrenchCollectivites(code), countryFunding(code)])
    : [[], [], []];
  return { post, foreign, french, funding };
}
