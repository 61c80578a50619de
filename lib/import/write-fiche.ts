import type pg from "pg";
import { foldForMatch } from "../text/fold";
import type { PreparedFiche } from "./prepare";
import type { KnownRows, StagedRows } from "./known-rows";
import { collectiviteKey, postKey, thematicKey, upsertCollectivites, upsertPosts, upsertThematicPaths } from "./shared-rows";
import { freeSlugSql, insertRows, insertRowSets, type RowSet } from "./sql";
import { truncationReason } from "./truncation";

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

const PROJECT_COLUMNS = [
  "title", "convention_year", "start_year", "status", "end_date", "context", "history", "objectives", "description",
  "partnership_form", "project_managers", "contracting_authorities", "beneficiaries", "triennial", "fiche_year",
  "search_names", "format", "source_file", "raw_source", "checksum", "parse_warnings",
];
const FACET_COLUMNS = "country_codes, theme_ids, primary_theme_ids, french_ids, region_codes, funder_kinds, sdg_goals";

/**
 * Writes one prepared fiche inside the caller's open transaction. Same identity and same
 * checksum: nothing is written ("unchanged"). Same identity, other content: the project row is
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
  client: pg.ClientBase, p: PreparedFiche, known: KnownRows, staged: StagedRows, options: WriteOptions = {},
): Promise<WriteResult> {
  const f = p.fiche;
  // Statements with a fixed text are named, so each connection plans them once. The lookup
  // also draws the id a new project would get (an unused draw only leaves a gap).
  const { rows: [found] } = await client.query<{ id: number | null; checksum: string | null; next_id: number }>({
    name: "atlas-existing-project",
    text: `SELECT existing.id, existing.checksum, nextval(pg_get_serial_sequence('project', 'id'))::int AS next_id
           FROM (SELECT 1) AS one
           LEFT JOIN (SELECT id, checksum FROM project WHERE identity_key = $1 FOR UPDATE) AS existing ON true`,
    values: [p.identityKey],
  });
  const isUpdate = found.id !== null;
  if (isUpdate && found.checksum === p.checksum) return { outcome: "unchanged" };
  if (isUpdate && !options.force) {
    const reason = await truncatedReplacement(client, found.id!, p);
    if (reason) return { outcome: "truncated", reason };
  }

  const projectId = isUpdate ? found.id! : found.next_id;
  let previousCollectivites: number[] = [];
  if (isUpdate) {
    const prev = await client.query<{ id: number }>("SELECT collectivite_id AS id FROM project_partner WHERE project_id = $1", [projectId]);
    previousCollectivites = prev.rows.map((r) => r.id);
    await client.query(PROJECT_CHILD_TABLES.map((table) => `DELETE FROM "${table}" WHERE project_id = ${Number(projectId)};`).join("\n"));
  }

  // The project's own rows, sent together in one statement before the project row.
  const children: RowSet[] = [];

  // Thematic tree and the project's primary + other thematics (ancestors denormalised for facets).
  const nodeIds = await upsertThematicPaths(client, p.thematics.map((t) => t.path), known, staged);
  const idOf = (path: string[], level: number) => (path.length >= level ? nodeIds.get(thematicKey(path, level)) ?? null : null);
  children.push({ table: "project_thematic", columns: ["project_id", "position", "thematic_id", "theme_id", "sub_theme_id", "sub_sub_theme_id", "is_primary", "priority"],
    rows: p.thematics.map((t, position) => [projectId, position, nodeIds.get(thematicKey(t.path)), idOf(t.path, 1), idOf(t.path, 2), idOf(t.path, 3), t.isPrimary, t.priority]) });

  if (f.sdgs.length) {
    const seen = new Set<number>();
    const sdgs = f.sdgs.filter((s) => !seen.has(s.goal) && seen.add(s.goal));
    const newGoals = sdgs.filter((s) => !known.sdgs.has(s.goal) || s.label === null);
    await insertRows(client, "sdg", ["goal", "label"], [...newGoals].sort((a, b) => a.goal - b.goal).map((s) => [s.goal, s.label]),
      "ON CONFLICT (goal) DO UPDATE SET label = coalesce(sdg.label, EXCLUDED.label)");
    for (const s of newGoals) if (s.label !== null) staged.sdgs.add(s.goal);
    children.push({ table: "project_sdg", columns: ["project_id", "goal", "priority", "position"],
    rows: sdgs.map((s, i) => [projectId, s.goal, s.priority, i]) });
  }

  const newCountries = p.countries.filter((c) => !known.countries.has(c.code));
  await insertRows(client, "country", ["code", "name_fr"],
    newCountries.sort((a, b) => (a.code < b.code ? -1 : 1)).map((c) => [c.code, c.label]), "ON CONFLICT (code) DO NOTHING");
  for (const c of newCountries) staged.countries.add(c.code);

  // Collectivités and the project's partners and partner contacts.
  const collectiviteIds = await upsertCollectivites(client, [...p.french, ...p.foreign]);
  const partnerRows = ([["french", p.french], ["foreign", p.foreign]] as const).flatMap(([side, list]) =>
    list.map((c, position) => [projectId, collectiviteIds.get(collectiviteKey(c)), side, position, c.nameAsWritten, c.countryLabel]));
  children.push({ table: "project_partner", columns: ["project_id", "collectivite_id", "role", "position", "name_as_written", "country_label"],
    rows: partnerRows });
  const foreignIdByName = new Map(p.foreign.map((c) => [c.nameAsWritten, collectiviteIds.get(collectiviteKey(c))]));
  children.push({ table: "partner_contact", columns: ["project_id", "collectivite_id", "partner_name", "last_name", "first_name", "role", "email", "position"],
    rows: f.foreignContacts.map((c, i) => [projectId, foreignIdByName.get(c.partner) ?? null, c.partner, c.lastName, c.firstName, c.role, c.email, i]) });

  // Funders (one record per folded name) and funding rows.
  const funderIds = new Map<string, number>();
  const newFunders = new Map<string, unknown[]>();
  for (const row of p.funding) {
    const knownId = known.funders.get(row.funderKey);
    if (knownId !== undefined) funderIds.set(row.funderKey, knownId);
    else newFunders.set(row.funderKey, [row.funderKey, row.funderName, row.generalKind]);
  }
  const { rows: funderRows } = await insertRows(client, "funder", ["name_key", "name", "kind"],
    [...newFunders.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row),
    "ON CONFLICT (name_key) DO UPDATE SET kind = EXCLUDED.kind RETURNING id, name_key");
  for (const r of funderRows as { id: number; name_key: string }[]) {
    funderIds.set(r.name_key, r.id);
    staged.funders.set(r.name_key, r.id);
  }
  children.push({ table: "funding", columns: ["project_id", "funder_id", "funder_kind", "amount_eur", "water_amount_eur", "year", "position"],
    rows: p.funding.map((row, i) => [projectId, funderIds.get(row.funderKey), row.rowKind, row.amountEur, row.waterAmountEur, row.year, i]) });

  // Embassy posts: one record per folded name; each contact dated by this fiche's year.
  const postIds = await upsertPosts(client, p.posts, known, staged);
  const postsNamed = [...new Set(p.posts.map((post) => postKey(post.name)))];
  children.push({ table: "project_embassy_post", columns: ["project_id", "post_id", "position"],
    rows: postsNamed.map((key, position) => [projectId, postIds.get(key), position]) });
  children.push({ table: "embassy_contact", columns: ["post_id", "project_id", "role", "name", "email", "fiche_year"],
    rows: p.posts.flatMap((post) => post.contacts.map((c) => [postIds.get(postKey(post.name)), projectId, c.role, c.name, c.email, p.ficheYear])) });

  children.push({ table: "document", columns: ["project_id", "title", "size_kb", "file_name", "position"],
    rows: f.documents.map((d, i) => [projectId, d.title, d.sizeKb, d.fileName, i]) });
  children.push({ table: "volunteer", columns: ["project_id", "last_name", "first_name", "mission", "field", "entity", "position"],
    rows: f.volunteers.map((v, i) => [projectId, v.lastName, v.firstName, v.mission, v.field, v.entity, i]) });

  await insertRowSets(client, children);

  // The project row, once.
  const content = [
    f.title, f.conventionYear, f.startYear, f.status, f.endDate, f.context, f.history, f.objectives, f.description,
    f.partnershipForm, f.projectManagers, f.contractingAuthorities, f.beneficiaries, f.triennial, p.ficheYear,
    p.searchNames, f.format, p.file, p.raw, p.checksum, JSON.stringify(p.warnings),
  ];
  const primaryThematic = `(SELECT thematic_id FROM project_thematic WHERE project_id = $1 AND is_primary LIMIT 1)`;
  if (isUpdate) {
    // The slug stays as first published, so shared links keep working after an update.
    await client.query({
      name: "atlas-update-project",
      text: `UPDATE project SET ${PROJECT_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(", ")}, updated_at = now(),
         thematic_id = ${primaryThematic}, (${FACET_COLUMNS}) = (SELECT * FROM atlas_project_facets($1))
       WHERE id = $1`,
      values: [projectId, ...content],
    });
  } else {
    await client.query({
      name: "atlas-insert-project",
      text: `INSERT INTO project (id, slug, identity_key, ${PROJECT_COLUMNS.join(", ")}, thematic_id, ${FACET_COLUMNS})
       SELECT $1, ${freeSlugSql("project", "$2", `$${PROJECT_COLUMNS.length + 4}`)}, $3, ${PROJECT_COLUMNS.map((_, i) => `$${i + 4}`).join(", ")},
         ${primaryThematic}, facets.*
       FROM atlas_project_facets($1) AS facets`,
      // Another fiche's slug (same title words, same first characters of the identity): a longer piece of the identity.
      values: [projectId, p.slug, p.identityKey, ...content, `${p.slug}${p.identityKey.slice(6, 12)}`],
    });
  }

  // The words of its names, for typo-tolerant search. (Display names are recomputed once at
  // the end of the run, for every collectivité marked stale: see lib/import/run.ts.)
  // Names repeat across fiches: the statement is skipped when this run already wrote every word.
  const nameText = `${f.title} ${p.searchNames}`;
  const words = foldForMatch(nameText).split(/[^a-z0-9]+/).filter((w) => w.length >= 4);
  if (words.some((w) => !known.searchWords.has(w))) {
    await client.query({
      name: "atlas-search-words",
      text: `INSERT INTO search_word (word)
         SELECT DISTINCT w FROM regexp_split_to_table(atlas_fold($1), '[^a-z0-9]+') AS w WHERE length(w) >= 4 ORDER BY w
       ON CONFLICT DO NOTHING`,
      values: [nameText],
    });
    for (const w of words) staged.searchWords.add(w);
  }
  const touched = new Set(collectiviteIds.values());
  // Records an update left without any project go; the others may lose their most frequent spelling.
  const dropped = previousCollectivites.filter((id) => !touched.has(id));
  if (dropped.length) {
    await client.query("UPDATE collectivite SET display_name_stale = true WHERE id = ANY($1::int[])", [dropped]);
    await client.query(
      `DELETE FROM collectivite c WHERE c.id = ANY($1::int[])
         AND NOT EXISTS (SELECT 1 FROM project_partner pp WHERE pp.collectivite_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM partner_contact pc WHERE pc.collectivite_id = c.id)`,
      [dropped],
    );
  }
  return { outcome: isUpdate ? "updated" : "imported" };
}

/** Why this copy of a stored fiche must not replace it (see lib/import/truncation.ts), or null. */
async function truncatedReplacement(client: pg.ClientBase, projectId: number, p: PreparedFiche): Promise<string | null> {
  const { rows: [stored] } = await client.query<{ raw_source: string; funding_rows: number; last_cut: boolean | null }>({
    name: "atlas-stored-version",
    text: `SELECT raw_source,
             (SELECT count(*)::int FROM funding WHERE project_id = $1) AS funding_rows,
             (SELECT year IS NULL AND amount_eur IS NULL AND water_amount_eur IS NULL FROM funding
               WHERE project_id = $1 ORDER BY position DESC LIMIT 1) AS last_cut
           FROM project WHERE id = $1`,
    values: [projectId],
  });
  return truncationReason(p.raw, p.fiche, { raw: stored.raw_source, fundingRows: stored.funding_rows, endsOnCutFundingRow: stored.last_cut === true });
}
