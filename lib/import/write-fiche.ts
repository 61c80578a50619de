import type pg from "pg";
import type { KnownRows, StagedRows } from "./known-rows";
import type { PreparedFiche } from "./prepare";
import { insertRowSets } from "./sql";
import { truncationReason } from "./truncation";
import {
  documentRows,
  type FicheWrite,
  fundingRows,
  partnerRows,
  postRows,
  sdgRows,
  thematicRows,
  upsertCountries,
  volunteerRows,
} from "./write-children";
import { dropLeftCollectivites, recordSearchWords, refreshSearchLabels, writeProjectRow } from "./write-project";

export type WriteOutcome = "imported" | "updated" | "unchanged";
export type WriteResult = { outcome: WriteOutcome } | { outcome: "truncated"; reason: string };

export interface WriteOptions {
  /** Write a copy even when it looks cut short of the stored version (see lib/import/truncation.ts). */
  force?: boolean;
}

/** Child rows of a project: replaced as a whole when the fiche changes, never merged. */
const PROJECT_CHILD_TABLES = [
  "project_thematic",
  "project_sdg",
  "project_partner",
  "partner_contact",
  "project_embassy_post",
  "embassy_contact",
  "funding",
  "document",
  "volunteer",
];

/**
 * Writes one prepared fiche inside the caller's open transaction. Same identity and same
 * checksum: nothing is written ("unchanged"), unless its thematic and country names for search
 * differ from the stored ones (written before they were indexed, or retranslated since): only
 * they are rewritten ("updated"). Same identity, other content: the project row is
 * updated and all its child rows replaced ("updated").
 *
 * Shared rows (thematics, collectivités, funders, posts) come first, then the child rows, and
 * the project row last and once, with its facet arrays and primary thematic computed in SQL from
 * the rows just written: writing it twice would recompute its tsvector and every index entry.
 * (The foreign keys to project are checked at commit.) Rows are written in batches, about ten
 * statements a fiche whatever its size, and shared rows in key order, so fiches imported side
 * by side cannot deadlock.
 */
export async function writeFiche(
  client: pg.ClientBase,
  p: PreparedFiche,
  known: KnownRows,
  staged: StagedRows,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const stored = await findStoredProject(client, p.identityKey);
  if (stored.id !== null && stored.checksum === p.checksum) {
    if (stored.labels_fr === p.searchLabels.fr && stored.labels_en === p.searchLabels.en)
      return { outcome: "unchanged" };
    await refreshSearchLabels({ client, p, projectId: stored.id, known, staged });
    return { outcome: "updated" };
  }
  if (stored.id !== null && !options.force) {
    const reason = await truncatedReplacement(client, stored.id, p);
    if (reason) return { outcome: "truncated", reason };
  }
  const isUpdate = stored.id !== null;
  const w: FicheWrite = { client, p, projectId: stored.id ?? stored.next_id, known, staged };
  const previousCollectivites = isUpdate ? await clearChildRows(w) : [];
  const collectiviteIds = await writeChildRows(w);
  await writeProjectRow(w, isUpdate);
  await recordSearchWords(w);
  await dropLeftCollectivites(client, previousCollectivites, collectiviteIds.values());
  return { outcome: isUpdate ? "updated" : "imported" };
}

/**
 * The stored project with this identity, locked, and the id a new project would get (an unused
 * draw only leaves a gap). Named, so each connection plans it once.
 */
async function findStoredProject(client: pg.ClientBase, identityKey: string) {
  const {
    rows: [found],
  } = await client.query<{
    id: number | null;
    checksum: string | null;
    labels_fr: string | null;
    labels_en: string | null;
    next_id: number;
  }>({
    name: "atlas-existing-project",
    text: `SELECT existing.id, existing.checksum, existing.labels_fr, existing.labels_en, nextval(pg_get_serial_sequence('project', 'id'))::int AS next_id
           FROM (SELECT 1) AS one
           LEFT JOIN (SELECT id, checksum, search_labels AS labels_fr, search_labels_en AS labels_en
                      FROM project WHERE identity_key = $1 FOR UPDATE) AS existing ON true`,
    values: [identityKey],
  });
  return found;
}

/** Deletes an updated project's child rows; returns the collectivités it named before. */
async function clearChildRows({ client, projectId }: FicheWrite): Promise<number[]> {
  const prev = await client.query<{ id: number }>(
    "SELECT collectivite_id AS id FROM project_partner WHERE project_id = $1",
    [projectId],
  );
  await client.query(
    PROJECT_CHILD_TABLES.map((table) => `DELETE FROM "${table}" WHERE project_id = ${Number(projectId)};`).join("\n"),
  );
  return prev.rows.map((r) => r.id);
}

/**
 * Every child row of the project, entity by entity (in this order: the shared rows are locked in
 * the same order by every fiche), sent together in one statement. Returns the collectivités' ids.
 */
async function writeChildRows(w: FicheWrite): Promise<Map<string, number>> {
  const thematics = await thematicRows(w);
  const sdgs = await sdgRows(w);
  await upsertCountries(w);
  const partners = await partnerRows(w);
  const funding = await fundingRows(w);
  const posts = await postRows(w);
  await insertRowSets(w.client, [
    thematics,
    sdgs,
    ...partners.sets,
    funding,
    ...posts,
    documentRows(w),
    volunteerRows(w),
  ]);
  return partners.collectiviteIds;
}

/** Why this copy of a stored fiche must not replace it (see lib/import/truncation.ts), or null. */
async function truncatedReplacement(
  client: pg.ClientBase,
  projectId: number,
  p: PreparedFiche,
): Promise<string | null> {
  const {
    rows: [stored],
  } = await client.query<{ raw_source: string; funding_rows: number; last_cut: boolean | null }>({
    name: "atlas-stored-version",
    text: `SELECT raw_source,
             (SELECT count(*)::int FROM funding WHERE project_id = $1) AS funding_rows,
             (SELECT year IS NULL AND amount_eur IS NULL AND water_amount_eur IS NULL FROM funding
               WHERE project_id = $1 ORDER BY position DESC LIMIT 1) AS last_cut
           FROM project WHERE id = $1`,
    values: [projectId],
  });
  return truncationReason(p.raw, p.fiche, {
    raw: stored.raw_source,
    fundingRows: stored.funding_rows,
    endsOnCutFundingRow: stored.last_cut === true,
  });
}
