import { pathSegment, readSegment } from "@/lib/http/route-params";
import { getCollectivite, type CollectiviteDetail } from "@/lib/page-data/collectivite";

/** The collectivité the URL names, or null for an unknown or malformed slug (a 404 either way). */
export async function collectiviteOf(params: Promise<{ slug: string }>): Promise<CollectiviteDetail | null> {
  const slug = readSegment(pathSegment, (await params).slug);
  return slug === null ? null : getCollectivite(slug);
}
