import "server-only";
import type { EmbassyPostEntry } from "../domain/contacts";
import { findEmbassyPosts } from "./contacts";
import { countryFrenchCollectivites, countryFunding, countryPartners } from "./country";
import { qualityItemCount } from "./quality-lists";

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

/** The post's dashboard: the post, the collectivités and funding of its country, and its data-quality count. */
export async function postDashboard(slug: string) {
  const post = await findPost(slug);
  if (!post) return null;
  const code = post.countryCode;
  const none = Promise.resolve([]);
  const [foreign, french, funding, qualityItems] = await Promise.all([
    code ? countryPartners(code) : none,
    code ? countryFrenchCollectivites(code) : none,
    code ? countryFunding(code) : none,
    qualityItemCount({ postId: post.id }),
  ]);
  return { post, foreign, french, funding, qualityItems };
}
