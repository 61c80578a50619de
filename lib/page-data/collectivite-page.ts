import "server-only";
import {
  collectiviteFunding,
  collectivitePartners,
  collectiviteProjects,
  type CollectiviteDetail,
} from "./collectivite";
import { findPartnerContacts } from "./contacts";
import { collectivitePeers } from "./peers";
import { perDataVersion } from "./per-data-version";

/**
 * Everything a collectivité's page reads. A city in 400 projects with 2,300 partners costs
 * 150–250 ms of SQL a request at 20,000 projects; the reads of such collectivités are kept until
 * the next import. Only theirs (a few hundred at 20,000 projects): the others cost a few ms, and
 * keeping every collectivité a crawler visits would fill the server's memory.
 */
const KEPT_FROM_PARTNERSHIPS = 40;

/** Contacts of its partners read for its page (which shows them a page at a time). */
const CONTACTS_READ = 5_000;

async function readAll(id: number) {
  const [projects, partners, funding, contacts, peers] = await Promise.all([
    collectiviteProjects(id),
    collectivitePartners(id),
    collectiviteFunding(id),
    findPartnerContacts({ country: [], collectiviteId: id }, CONTACTS_READ),
    collectivitePeers(id),
  ]);
  return { projects, partners, funding, contacts, peers };
}

const keptReads = perDataVersion("collectivite:page", readAll);

export function collectivitePageData(c: Pick<CollectiviteDetail, "id" | "partnershipCount">) {
  return c.partnershipCount >= KEPT_FROM_PARTNERSHIPS ? keptReads(c.id) : readAll(c.id);
}
