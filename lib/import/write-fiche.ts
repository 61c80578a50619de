import type pg from "pg";
import { foldForMatch } from "../text/fold";
import { slugify } from "./identity";
import type { PreparedCollectivite, PreparedFiche } from "./prepare";
import type { KnownRows, StagedRows } from "./known-rows";
import { insertRows, insertRowSets, type RowSet } from "./sql";

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

/**
 * Upserts the thematic tree nodes of all the fiche's paths, one statement per level (a node
 * needs its parent's id), and returns the id of every node by its path.
 */
async function upsertThematicPaths(client: pg.ClientBase, paths: string[][], known: KnownRows, staged: StagedRows): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let level = 1; level <= 3; level++) {
    const nodes = new Map<string, unknown[]>();
    for (const path of paths) {
      if (path.length < level) continue;
      const key = path.slice(0, level).join(" > ");
      const knownId = known.thematics.get(key);
      if (knownId !== undefined) {
        ids.set(key, knownId);
        continue;
      }
      const parentId = level === 1 ? null : ids.get(path.slice(0, level - 1).join(" > "));
      nodes.set(key, [level, path[level - 1], key, parentId]);
    }
    if (nodes.size === 0) continue;
    const sorted = [...nodes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
    const { rows } = await insertRows(client, "thematic", ["level", "label", "path", "parent_id"], sorted,
      `ON CONFLICT (path) DO UPDATE SET label = EXCLUDED.label RETURNING id, path`);
    for (const row of rows as { id: number; path: string }[]) {
      ids.set(row.path, row.id);
      staged.thematics.set(row.path, row.id);
    }
  }
  return ids;
}

/** An existing record keeps its placement unless a new one is better: more precise, or unambiguous where it was not. */
const PRECISION_RANK: Record<string, number> = { none: 0, country: 1, region: 2, fuzzy: 3, "city-part": 4, exact: 5 };

function isBetterPlacement(next: PreparedCollectivite["placement"], current: { precision: string; geo_ambiguous: boolean }) {
  return (
    (PRECISION_RANK[next.precision] ?? 0) > (PRECISION_RANK[current.precision] ?? 0) ||
    (current.geo_ambiguous && !next.ambiguous && next.precision !== "none")
  );
}

const collectiviteKey = (c: { nameKey: string; countryCode: string }) => `${c.nameKey}\u0000${c.countryCode}`;

/** Upserts the fiche's collectivités in one statement; returns their ids by name key and country. */
async function upsertCollectivites(client: pg.ClientBase, list: PreparedCollectivite[]): Promise<Map<string, number>> {
  const unique = new Map<string, PreparedCollectivite>();
  for (const c of list) if (!unique.has(collectiviteKey(c))) unique.set(collectiviteKey(c), c);
  const rows = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, c]) => {
    const p = c.placement;
    return [
      `${slugify(c.nameKey, 10)}-${(c.countryCode || "xx").toLowerCase()}`, c.nameKey, c.countryCode, c.countryLabel,
      c.nameAsWritten, c.side, c.kind, c.officialCode, c.departementCode, c.regionCode, c.regionName, p.lat, p.lon,
      p.precision, p.source, p.admin1, p.ambiguous, JSON.stringify(p.alternatives ?? []),
    ];
  });
  const ids = new Map<string, number>();
  if (rows.length === 0) return ids;
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const slug = `$${params.push(row[0])}`;
    const rest = row.slice(1).map((v) => `$${params.push(v)}`);
    // A slug already taken by another record gets a short suffix derived from the key.
    return `(${slug} || CASE WHEN EXISTS (SELECT 1 FROM collectivite WHERE slug = ${slug}) THEN '-' || substr(md5(${rest[0]} || ${rest[1]}), 1, 4) ELSE '' END, ${rest.join(", ")})`;
  });
  const { rows: written } = await client.query<{ id: number; name_key: string; country_code: string; precision: string; geo_ambiguous: boolean; inserted: boolean }>(
    `INSERT INTO collectivite (slug, name_key, country_code, country_label, display_name, side, kind, official_code,
       departement_code, region_code, region_name, lat, lon, precision, geo_source, geo_admin1, geo_ambiguous, geo_alternatives)
     VALUES ${tuples.join(", ")}
     ON CONFLICT (name_key, country_code) DO UPDATE SET
       kind = coalesce(collectivite.kind, EXCLUDED.kind),
       official_code = coalesce(collectivite.official_code, EXCLUDED.official_code),
       departement_code = coalesce(collectivite.departement_code, EXCLUDED.departement_code),
       region_code = coalesce(collectivite.region_code, EXCLUDED.region_code),
       region_name = coalesce(collectivite.region_name, EXCLUDED.region_name)
     RETURNING id, name_key, country_code, precision, geo_ambiguous, (xmax = 0) AS inserted`,
    params,
  );
  for (const row of written) {
    const key = `${row.name_key}\u0000${row.country_code}`;
    ids.set(key, row.id);
    const c = unique.get(key)!;
    if (!row.inserted && isBetterPlacement(c.placement, row)) {
      const p = c.placement;
      await client.query(
        `UPDATE collectivite SET lat = $2, lon = $3, precision = $4, geo_source = $5, geo_admin1 = $6, geo_ambiguous = $7,
           geo_alternatives = $8 WHERE id = $1`,
        [row.id, p.lat, p.lon, p.precision, p.source, p.admin1, p.ambiguous, JSON.stringify(p.alternatives ?? [])],
      );
    }
  }
  return ids;
}

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
export async function writeFiche(client: pg.ClientBase, p: PreparedFiche, known: KnownRows, staged: StagedRows): Promise<WriteOutcome> {
  const f = p.fiche;
  // Statements with a fixed text are named, so each connection plans them once.
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
  if (isUpdate && found.checksum === p.checksum) return "unchanged";

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
  const idOf = (path: string[], level: number) => (path.length >= level ? nodeIds.get(path.slice(0, level).join(" > ")) ?? null : null);
  children.push({ table: "project_thematic", columns: ["project_id", "position", "thematic_id", "theme_id", "sub_theme_id", "sub_sub_theme_id", "is_primary", "priority"],
    rows: p.thematics.map((t, position) => [projectId, position, nodeIds.get(t.path.join(" > ")), idOf(t.path, 1), idOf(t.path, 2), idOf(t.path, 3), t.isPrimary, t.priority]) });

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

  // Embassy posts: one record per name; each contact dated by this fiche's year.
  const posts = new Map(p.posts.map((post) => [post.name, post]));
  const postIds = new Map<string, number>();
  for (const name of posts.keys()) if (known.posts.has(name)) postIds.set(name, known.posts.get(name)!);
  const { rows: postRows } = await insertRows(client, "embassy_post", ["name", "slug", "country_code"],
    [...posts.values()].filter((post) => !postIds.has(post.name)).sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((post) => [post.name, slugify(post.name, 12), post.countryCode]),
    "ON CONFLICT (name) DO UPDATE SET country_code = coalesce(embassy_post.country_code, EXCLUDED.country_code) RETURNING id, name, country_code");
  for (const r of postRows as { id: number; name: string; country_code: string | null }[]) {
    postIds.set(r.name, r.id);
    if (r.country_code) staged.posts.set(r.name, r.id);
  }
  children.push({ table: "project_embassy_post", columns: ["project_id", "post_id", "position"],
    rows: [...posts.keys()].map((name, position) => [projectId, postIds.get(name), position]) });
  children.push({ table: "embassy_contact", columns: ["post_id", "project_id", "role", "name", "email", "fiche_year"],
    rows: p.posts.flatMap((post) => post.contacts.map((c) => [postIds.get(post.name), projectId, c.role, c.name, c.email, p.ficheYear])) });

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
       SELECT $1, $2, $3, ${PROJECT_COLUMNS.map((_, i) => `$${i + 4}`).join(", ")}, ${primaryThematic}, facets.*
       FROM atlas_project_facets($1) AS facets`,
      values: [projectId, p.slug, p.identityKey, ...content],
    });
  }

  // The words of its names, for typo-tolerant search. (Display names are recomputed once at
  // the end of the run, for every collectivité it touched: see lib/import/run.ts.)
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
  const touched = [...new Set(collectiviteIds.values())];
  for (const id of touched) staged.collectivites.add(id);
  // Records an update left without any project go.
  const dropped = previousCollectivites.filter((id) => !touched.includes(id));
  if (dropped.length) {
    await client.query(
      `DELETE FROM collectivite c WHERE c.id = ANY($1::int[])
         AND NOT EXISTS (SELECT 1 FROM project_partner pp WHERE pp.collectivite_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM partner_contact pc WHERE pc.collectivite_id = c.id)`,
      [dropped],
    );
  }
  return isUpdate ? "updated" : "imported";
}
