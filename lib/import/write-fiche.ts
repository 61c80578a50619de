import type pg from "pg";
import { slugify } from "./identity";
import type { PreparedCollectivite, PreparedFiche } from "./prepare";
import { insertRows } from "./sql";

export type WriteOutcome = "imported" | "updated" | "unchanged";

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

async function upsertThematicPath(client: pg.ClientBase, path: string[]): Promise<number[]> {
  const ids: number[] = [];
  let parentId: number | null = null;
  for (let level = 1; level <= path.length; level++) {
    const key = path.slice(0, level).join(" > ");
    const { rows } = (await client.query(
      `INSERT INTO thematic (level, label, path, parent_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (path) DO UPDATE SET label = EXCLUDED.label RETURNING id`,
      [level, path[level - 1], key, parentId],
    )) as pg.QueryResult<{ id: number }>;
    parentId = rows[0].id;
    ids.push(parentId);
  }
  return ids;
}

/** Placement of an existing record is only replaced by a better one (unambiguous, or more precise). */
const PRECISION_RANK: Record<string, number> = { none: 0, country: 1, region: 2, fuzzy: 3, "city-part": 4, exact: 5 };

async function upsertCollectivite(client: pg.ClientBase, c: PreparedCollectivite): Promise<number> {
  const p = c.placement;
  const slug = `${slugify(c.nameAsWritten, 10)}-${(c.countryCode || "xx").toLowerCase()}`;
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO collectivite (slug, name_key, country_code, country_label, display_name, side, kind, official_code,
       departement_code, region_code, region_name, lat, lon, precision, geo_source, geo_admin1, geo_ambiguous, geo_alternatives)
     VALUES ($1 || CASE WHEN EXISTS (SELECT 1 FROM collectivite WHERE slug = $1) THEN '-' || substr(md5($2 || $3), 1, 4) ELSE '' END,
       $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     ON CONFLICT (name_key, country_code) DO UPDATE SET
       kind = coalesce(collectivite.kind, EXCLUDED.kind),
       official_code = coalesce(collectivite.official_code, EXCLUDED.official_code),
       departement_code = coalesce(collectivite.departement_code, EXCLUDED.departement_code),
       region_code = coalesce(collectivite.region_code, EXCLUDED.region_code),
       region_name = coalesce(collectivite.region_name, EXCLUDED.region_name)
     RETURNING id`,
    [
      slug, c.nameKey, c.countryCode, c.countryLabel, c.nameAsWritten, c.side, c.kind, c.officialCode,
      c.departementCode, c.regionCode, c.regionName, p.lat, p.lon, p.precision, p.source, p.admin1, p.ambiguous,
      JSON.stringify(p.alternatives ?? []),
    ],
  );
  const id = rows[0].id;
  // An existing record keeps its placement unless this one is better: more precise, or unambiguous where it was not.
  const { rows: current } = await client.query<{ precision: string; geo_ambiguous: boolean }>(
    "SELECT precision, geo_ambiguous FROM collectivite WHERE id = $1",
    [id],
  );
  const better =
    (PRECISION_RANK[p.precision] ?? 0) > (PRECISION_RANK[current[0].precision] ?? 0) ||
    (current[0].geo_ambiguous && !p.ambiguous && p.precision !== "none");
  if (better) {
    await client.query(
      `UPDATE collectivite SET lat = $2, lon = $3, precision = $4, geo_source = $5, geo_admin1 = $6, geo_ambiguous = $7, geo_alternatives = $8
       WHERE id = $1`,
      [id, p.lat, p.lon, p.precision, p.source, p.admin1, p.ambiguous, JSON.stringify(p.alternatives ?? [])],
    );
  }
  return id;
}

/**
 * Writes one prepared fiche inside the caller's open transaction. Same identity and same
 * checksum: nothing is written ("unchanged"). Same identity, other content: the project row is
 * updated and all its child rows replaced ("updated").
 */
export async function writeFiche(client: pg.ClientBase, p: PreparedFiche): Promise<WriteOutcome> {
  const f = p.fiche;
  const existing = await client.query<{ id: number; checksum: string }>(
    "SELECT id, checksum FROM project WHERE identity_key = $1 FOR UPDATE",
    [p.identityKey],
  );
  if (existing.rows[0]?.checksum === p.checksum) return "unchanged";

  const content = [
    f.title, f.conventionYear, f.startYear, f.status, f.endDate, f.context, f.history,
    f.objectives, f.description, f.partnershipForm, f.projectManagers, f.contractingAuthorities, f.beneficiaries,
    f.triennial, p.ficheYear, p.searchNames, f.format, p.file, p.raw, p.checksum, JSON.stringify(p.warnings),
  ];
  let projectId: number;
  let previousCollectivites: number[] = [];
  if (existing.rows[0]) {
    projectId = existing.rows[0].id;
    const prev = await client.query<{ id: number }>(
      "SELECT collectivite_id AS id FROM project_partner WHERE project_id = $1",
      [projectId],
    );
    previousCollectivites = prev.rows.map((r) => r.id);
    for (const table of PROJECT_CHILD_TABLES) await client.query(`DELETE FROM "${table}" WHERE project_id = $1`, [projectId]);
    // The slug stays as first published, so shared links keep working after an update.
    await client.query(
      `UPDATE project SET title = $1, convention_year = $2, start_year = $3, status = $4, end_date = $5, context = $6,
         history = $7, objectives = $8, description = $9, partnership_form = $10, project_managers = $11,
         contracting_authorities = $12, beneficiaries = $13, triennial = $14, fiche_year = $15, search_names = $16,
         format = $17, source_file = $18, raw_source = $19, checksum = $20, parse_warnings = $21, updated_at = now()
       WHERE id = $22`,
      [...content, projectId],
    );
  } else {
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO project (slug, identity_key, title, convention_year, start_year, status, end_date, context, history,
         objectives, description, partnership_form, project_managers, contracting_authorities, beneficiaries, triennial,
         fiche_year, search_names, format, source_file, raw_source, checksum, parse_warnings)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)
       RETURNING id`,
      [p.slug, p.identityKey, ...content],
    );
    projectId = inserted.rows[0].id;
  }

  // Thematic tree and the project's primary + other thematics.
  const thematicRows: unknown[][] = [];
  let primaryId: number | null = null;
  for (const [position, t] of p.thematics.entries()) {
    const ids = await upsertThematicPath(client, t.path);
    const deepest = ids[ids.length - 1];
    if (t.isPrimary) primaryId = deepest;
    thematicRows.push([projectId, position, deepest, ids[0], ids[1] ?? null, ids[2] ?? null, t.isPrimary, t.priority]);
  }
  await insertRows(client, "project_thematic",
    ["project_id", "position", "thematic_id", "theme_id", "sub_theme_id", "sub_sub_theme_id", "is_primary", "priority"], thematicRows);
  await client.query("UPDATE project SET thematic_id = $2 WHERE id = $1", [projectId, primaryId]);

  if (f.sdgs.length) {
    await insertRows(client, "sdg", ["goal", "label"], f.sdgs.map((s) => [s.goal, s.label]),
      "ON CONFLICT (goal) DO UPDATE SET label = coalesce(sdg.label, EXCLUDED.label)");
    const seen = new Set<number>();
    const sdgRows = f.sdgs.filter((s) => !seen.has(s.goal) && seen.add(s.goal)).map((s, i) => [projectId, s.goal, s.priority, i]);
    await insertRows(client, "project_sdg", ["project_id", "goal", "priority", "position"], sdgRows);
  }

  await insertRows(client, "country", ["code", "name_fr"], p.countries.map((c) => [c.code, c.label]), "ON CONFLICT (code) DO NOTHING");

  // Collectivités and the project's partners.
  const partnerRows: unknown[][] = [];
  const touched: number[] = [];
  const foreignIdsByName = new Map<string, number>();
  for (const [side, list] of [["french", p.french], ["foreign", p.foreign]] as const) {
    for (const [position, c] of list.entries()) {
      const id = await upsertCollectivite(client, c);
      touched.push(id);
      if (side === "foreign") foreignIdsByName.set(c.nameAsWritten, id);
      partnerRows.push([projectId, id, side, position, c.nameAsWritten, c.countryLabel]);
    }
  }
  await insertRows(client, "project_partner",
    ["project_id", "collectivite_id", "role", "position", "name_as_written", "country_label"], partnerRows);

  await insertRows(client, "partner_contact",
    ["project_id", "collectivite_id", "partner_name", "last_name", "first_name", "role", "email", "position"],
    f.foreignContacts.map((c, i) => [projectId, foreignIdsByName.get(c.partner) ?? null, c.partner, c.lastName, c.firstName, c.role, c.email, i]));

  // Funders and funding rows.
  const funderIds = new Map<string, number>();
  for (const row of p.funding) {
    if (funderIds.has(row.funderKey)) continue;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO funder (name_key, name, kind) VALUES ($1, $2, $3)
       ON CONFLICT (name_key) DO UPDATE SET kind = EXCLUDED.kind RETURNING id`,
      [row.funderKey, row.funderName, row.generalKind],
    );
    funderIds.set(row.funderKey, rows[0].id);
  }
  await insertRows(client, "funding",
    ["project_id", "funder_id", "funder_kind", "amount_eur", "water_amount_eur", "year", "position"],
    p.funding.map((row, i) => [projectId, funderIds.get(row.funderKey), row.rowKind, row.amountEur, row.waterAmountEur, row.year, i]));

  // Embassy posts: one record per name; contacts dated by this fiche's year.
  for (const [position, post] of p.posts.entries()) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO embassy_post (name, slug, country_code) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET country_code = coalesce(embassy_post.country_code, EXCLUDED.country_code) RETURNING id`,
      [post.name, slugify(post.name, 12), post.countryCode],
    );
    const postId = rows[0].id;
    await client.query(
      "INSERT INTO project_embassy_post (project_id, post_id, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
      [projectId, postId, position],
    );
    await insertRows(client, "embassy_contact", ["post_id", "project_id", "role", "name", "email", "fiche_year"],
      post.contacts.map((c) => [postId, projectId, c.role, c.name, c.email, p.ficheYear]));
  }

  await insertRows(client, "document", ["project_id", "title", "size_kb", "file_name", "position"],
    f.documents.map((d, i) => [projectId, d.title, d.sizeKb, d.fileName, i]));
  await insertRows(client, "volunteer", ["project_id", "last_name", "first_name", "mission", "field", "entity", "position"],
    f.volunteers.map((v, i) => [projectId, v.lastName, v.firstName, v.mission, v.field, v.entity, i]));

  // Display the most frequent spelling; drop records this update left without any project.
  await client.query(
    `UPDATE collectivite c SET display_name = (
       SELECT name_as_written FROM project_partner pp WHERE pp.collectivite_id = c.id
       GROUP BY name_as_written ORDER BY count(*) DESC, min(project_id), name_as_written LIMIT 1)
     WHERE c.id = ANY($1::int[])`,
    [touched],
  );
  const dropped = previousCollectivites.filter((id) => !touched.includes(id));
  if (dropped.length) {
    await client.query(
      `DELETE FROM collectivite c WHERE c.id = ANY($1::int[])
         AND NOT EXISTS (SELECT 1 FROM project_partner pp WHERE pp.collectivite_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM partner_contact pc WHERE pc.collectivite_id = c.id)`,
      [dropped],
    );
  }
  return existing.rows[0] ? "updated" : "imported";
}
