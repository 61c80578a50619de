import type pg from "pg";
import { foldForMatch } from "../text/fold";
import { freeSlugSql } from "./sql";
import type { FicheWrite } from "./write-children";

/**
 * The project row itself and what follows it: the words of its names for typo-tolerant search,
 * and the collectivités an update left without any project.
 */

const PROJECT_COLUMNS = [
  "title",
  "convention_year",
  "start_year",
  "status",
  "end_date",
  "context",
  "history",
  "objectives",
  "description",
  "partnership_form",
  "project_managers",
  "contracting_authorities",
  "beneficiaries",
  "triennial",
  "fiche_year",
  "search_names",
  "search_labels",
  "search_labels_en",
  "format",
  "source_file",
  "raw_source",
  "checksum",
  "parse_warnings",
];
const FACET_COLUMNS = "country_codes, theme_ids, primary_theme_ids, french_ids, region_codes, funder_kinds, sdg_goals";
const PRIMARY_THEMATIC = `(SELECT thematic_id FROM project_thematic WHERE project_id = $1 AND is_primary LIMIT 1)`;

/** The values of PROJECT_COLUMNS, in order; the raw source and its checksum among them. */
function projectContent({ p }: FicheWrite): unknown[] {
  const f = p.fiche;
  return [
    f.title,
    f.conventionYear,
    f.startYear,
    f.status,
    f.endDate,
    f.context,
    f.history,
    f.objectives,
    f.description,
    f.partnershipForm,
    f.projectManagers,
    f.contractingAuthorities,
    f.beneficiaries,
    f.triennial,
    p.ficheYear,
    p.searchNames,
    p.searchLabels.fr,
    p.searchLabels.en,
    f.format,
    p.file,
    p.raw,
    p.checksum,
    JSON.stringify(p.warnings),
  ];
}

/**
 * Writes the project row once, after its child rows: its facet arrays and primary thematic are
 * computed in SQL from them. (Statements with a fixed text are named, so each connection plans
 * them once.)
 */
export async function writeProjectRow(w: FicheWrite, isUpdate: boolean): Promise<void> {
  const { client, p, projectId } = w;
  if (isUpdate) {
    // The slug stays as first published, so shared links keep working after an update.
    await client.query({
      name: "atlas-update-project",
      text: `UPDATE project SET ${PROJECT_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(", ")}, updated_at = now(),
         thematic_id = ${PRIMARY_THEMATIC}, (${FACET_COLUMNS}) = (SELECT * FROM atlas_project_facets($1))
       WHERE id = $1`,
      values: [projectId, ...projectContent(w)],
    });
    return;
  }
  await client.query({
    name: "atlas-insert-project",
    text: `INSERT INTO project (id, slug, identity_key, ${PROJECT_COLUMNS.join(", ")}, thematic_id, ${FACET_COLUMNS})
       SELECT $1, ${freeSlugSql("project", "$2", `$${PROJECT_COLUMNS.length + 4}`)}, $3, ${PROJECT_COLUMNS.map((_, i) => `$${i + 4}`).join(", ")},
         ${PRIMARY_THEMATIC}, facets.*
       FROM atlas_project_facets($1) AS facets`,
    // Another fiche's slug (same title words, same first characters of the identity): a longer piece of the identity.
    values: [projectId, p.slug, p.identityKey, ...projectContent(w), `${p.slug}${p.identityKey.slice(6, 12)}`],
  });
}

/**
 * The words of the project's names, for typo-tolerant search. (Display names are recomputed once
 * at the end of the run, for every collectivité marked stale: see lib/import/run.ts.) Names repeat
 * across fiches: the statement is skipped when this run already wrote every word.
 */
export async function recordSearchWords({ client, p, known, staged }: FicheWrite): Promise<void> {
  const nameText = `${p.fiche.title} ${p.searchNames}`;
  const words = foldForMatch(nameText)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4);
  if (!words.some((w) => !known.searchWords.has(w))) return;
  await client.query({
    name: "atlas-search-words",
    text: `INSERT INTO search_word (word)
       SELECT DISTINCT w FROM regexp_split_to_table(atlas_fold($1), '[^a-z0-9]+') AS w WHERE length(w) >= 4 ORDER BY w
     ON CONFLICT DO NOTHING`,
    values: [nameText],
  });
  for (const w of words) staged.searchWords.add(w);
}

/**
 * Collectivités the previous version of an updated fiche named and this one does not: records
 * left without any project go; the others may lose their most frequent spelling.
 */
export async function dropLeftCollectivites(
  client: pg.ClientBase,
  previous: number[],
  touched: Iterable<number>,
): Promise<void> {
  const kept = new Set(touched);
  const dropped = previous.filter((id) => !kept.has(id));
  if (dropped.length === 0) return;
  await client.query("UPDATE collectivite SET display_name_stale = true WHERE id = ANY($1::int[])", [dropped]);
  await client.query(
    `DELETE FROM collectivite c WHERE c.id = ANY($1::int[])
       AND NOT EXISTS (SELECT 1 FROM project_partner pp WHERE pp.collectivite_id = c.id)
       AND NOT EXISTS (SELECT 1 FROM partner_contact pc WHERE pc.collectivite_id = c.id)`,
    [dropped],
  );
}

/**
 * A fiche stored before its labels were indexed (or before their translation changed): only
 * its label columns are rewritten, so a re-import brings every project's document up to date.
 */
export async function refreshSearchLabels({ client, p, projectId }: FicheWrite): Promise<void> {
  await client.query({
    name: "atlas-search-labels",
    text: "UPDATE project SET search_labels = $2, search_labels_en = $3 WHERE id = $1",
    values: [projectId, p.searchLabels.fr, p.searchLabels.en],
  });
}
