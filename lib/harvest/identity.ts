/**
 * Who the harvest says it is, and where it asks. The User-Agent names the project and where its
 * code lives, so the site's operators can see what is calling and reach its authors.
 */

/** The project's public repository (the lead sets the final address). */
export const REPOSITORY_URL = "https://github.com/atlas-cooperation-decentralisee/atlas";

export const USER_AGENT = `AtlasCooperationDecentralisee-harvest/0.1 (+${REPOSITORY_URL})`;

export const DEFAULT_BASE_URL = "https://pastel.diplomatie.gouv.fr/cncdext";

/** The public project page of one id, under a base URL such as DEFAULT_BASE_URL. */
export function projectPageUrl(baseUrl: string, id: number): string {
  return `${baseUrl.replace(/\/+$/, "")}/dyn/public/atlas/detailProjet.html?criteres.prjId=${id}`;
}
