/**
 * Who reports: the atlas publishes as a secondary reporter (it republishes what collectivités
 * declared). Its identifier comes from ATLAS_IATI_ORG_ID; the default is a placeholder to be
 * replaced by the publisher's registered identifier.
 */
export const PLACEHOLDER_ORG_ID = "XI-ATLAS-COOPERATION-DECENTRALISEE";
export const REPORTING_ORG_NAME = "Atlas de la coopération décentralisée";

export function reportingOrgId(env: Record<string, string | undefined> = process.env): string {
  return env.ATLAS_IATI_ORG_ID?.trim() || PLACEHOLDER_ORG_ID;
}

/** The activity identifier: the reporter's identifier, a dash, the project's stable slug. */
export function activityIdentifier(orgId: string, slug: string): string {
  return `${orgId}-${slug}`;
}
