import type pg from "pg";
import type { KnownRows, StagedRows } from "./known-rows";
import type { PreparedFiche } from "./prepare";
import {
  collectiviteKey,
  postKey,
  thematicKey,
  upsertCollectivites,
  upsertPosts,
  upsertThematicPaths,
} from "./shared-rows";
import { insertRows, type RowSet } from "./sql";

/** One fiche being written inside its transaction: what every per-entity writer needs. */
export interface FicheWrite {
  client: pg.ClientBase;
  p: PreparedFiche;
  projectId: number;
  known: KnownRows;
  staged: StagedRows;
}

/**
 * The writers of a project's child rows, one per entity. Each upserts the shared rows its
 * entity points to (thematic nodes, SDGs, countries, collectivités, funders, posts) and returns
 * the project's own rows, which the caller sends together in one statement.
 */

const byCode = <T>(pairs: [string, T][]): T[] => pairs.sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);

/** The thematic tree, and the project's primary + other thematics (ancestors denormalised for facets). */
export async function thematicRows({ client, p, projectId, known, staged }: FicheWrite): Promise<RowSet> {
  const nodeIds = await upsertThematicPaths(
    client,
    p.thematics.map((t) => t.path),
    known,
    staged,
  );
  const idOf = (path: string[], level: number) =>
    path.length >= level ? (nodeIds.get(thematicKey(path, level)) ?? null) : null;
  return {
    table: "project_thematic",
    columns: [
      "project_id",
      "position",
      "thematic_id",
      "theme_id",
      "sub_theme_id",
      "sub_sub_theme_id",
      "is_primary",
      "priority",
    ],
    rows: p.thematics.map((t, position) => [
      projectId,
      position,
      nodeIds.get(thematicKey(t.path)),
      idOf(t.path, 1),
      idOf(t.path, 2),
      idOf(t.path, 3),
      t.isPrimary,
      t.priority,
    ]),
  };
}

/** Sustainable development goals: each goal once, its label kept from the first fiche that gave one. */
export async function sdgRows({ client, p, projectId, known, staged }: FicheWrite): Promise<RowSet> {
  const seen = new Set<number>();
  const sdgs = p.fiche.sdgs.filter((s) => !seen.has(s.goal) && seen.add(s.goal));
  const newGoals = sdgs.filter((s) => !known.sdgs.has(s.goal) || s.label === null);
  await insertRows(
    client,
    "sdg",
    ["goal", "label"],
    [...newGoals].sort((a, b) => a.goal - b.goal).map((s) => [s.goal, s.label]),
    "ON CONFLICT (goal) DO UPDATE SET label = coalesce(sdg.label, EXCLUDED.label)",
  );
  for (const s of newGoals) if (s.label !== null) staged.sdgs.add(s.goal);
  return {
    table: "project_sdg",
    columns: ["project_id", "goal", "priority", "position"],
    rows: sdgs.map((s, i) => [projectId, s.goal, s.priority, i]),
  };
}

/** Countries the fiche names that this run has not written yet (the project refers to them by code only). */
export async function upsertCountries({ client, p, known, staged }: FicheWrite): Promise<void> {
  const newCountries = p.countries.filter((c) => !known.countries.has(c.code));
  await insertRows(
    client,
    "country",
    ["code", "name_fr"],
    byCode(newCountries.map((c) => [c.code, [c.code, c.label]])),
    "ON CONFLICT (code) DO NOTHING",
  );
  for (const c of newCountries) staged.countries.add(c.code);
}

/** Collectivités, the project's partners and its foreign partners' contacts; also the collectivités' ids. */
export async function partnerRows({
  client,
  p,
  projectId,
}: FicheWrite): Promise<{ sets: RowSet[]; collectiviteIds: Map<string, number> }> {
  const collectiviteIds = await upsertCollectivites(client, [...p.french, ...p.foreign]);
  const partners = (
    [
      ["french", p.french],
      ["foreign", p.foreign],
    ] as const
  ).flatMap(([side, list]) =>
    list.map((c, position) => [
      projectId,
      collectiviteIds.get(collectiviteKey(c)),
      side,
      position,
      c.nameAsWritten,
      c.countryLabel,
    ]),
  );
  const foreignIdByName = new Map(p.foreign.map((c) => [c.nameAsWritten, collectiviteIds.get(collectiviteKey(c))]));
  const contacts = p.fiche.foreignContacts.map((c, i) => [
    projectId,
    foreignIdByName.get(c.partner) ?? null,
    c.partner,
    c.lastName,
    c.firstName,
    c.role,
    c.email,
    i,
  ]);
  return {
    collectiviteIds,
    sets: [
      {
        table: "project_partner",
        columns: ["project_id", "collectivite_id", "role", "position", "name_as_written", "country_label"],
        rows: partners,
      },
      {
        table: "partner_contact",
        columns: [
          "project_id",
          "collectivite_id",
          "partner_name",
          "last_name",
          "first_name",
          "role",
          "email",
          "position",
        ],
        rows: contacts,
      },
    ],
  };
}

/** Funders (one record per folded name) and the project's funding rows. */
export async function fundingRows({ client, p, projectId, known, staged }: FicheWrite): Promise<RowSet> {
  const funderIds = new Map<string, number>();
  const newFunders = new Map<string, unknown[]>();
  for (const row of p.funding) {
    const knownId = known.funders.get(row.funderKey);
    if (knownId !== undefined) funderIds.set(row.funderKey, knownId);
    else newFunders.set(row.funderKey, [row.funderKey, row.funderName, row.generalKind]);
  }
  const { rows: written } = await insertRows(
    client,
    "funder",
    ["name_key", "name", "kind"],
    byCode([...newFunders.entries()]),
    "ON CONFLICT (name_key) DO UPDATE SET kind = EXCLUDED.kind RETURNING id, name_key",
  );
  for (const r of written as { id: number; name_key: string }[]) {
    funderIds.set(r.name_key, r.id);
    staged.funders.set(r.name_key, r.id);
  }
  return {
    table: "funding",
    columns: ["project_id", "funder_id", "funder_kind", "amount_eur", "water_amount_eur", "year", "position"],
    rows: p.funding.map((row, i) => [
      projectId,
      funderIds.get(row.funderKey),
      row.rowKind,
      row.amountEur,
      row.waterAmountEur,
      row.year,
      i,
    ]),
  };
}

/** Embassy posts (one record per folded name), the project's posts, and each contact dated by this fiche's year. */
export async function postRows({ client, p, projectId, known, staged }: FicheWrite): Promise<RowSet[]> {
  const postIds = await upsertPosts(client, p.posts, known, staged);
  const postsNamed = [...new Set(p.posts.map((post) => postKey(post.name)))];
  const contacts = p.posts.flatMap((post) =>
    post.contacts.map((c) => [postIds.get(postKey(post.name)), projectId, c.role, c.name, c.email, p.ficheYear]),
  );
  return [
    {
      table: "project_embassy_post",
      columns: ["project_id", "post_id", "position"],
      rows: postsNamed.map((key, position) => [projectId, postIds.get(key), position]),
    },
    {
      table: "embassy_contact",
      columns: ["post_id", "project_id", "role", "name", "email", "fiche_year"],
      rows: contacts,
    },
  ];
}

export function documentRows({ p, projectId }: FicheWrite): RowSet {
  return {
    table: "document",
    columns: ["project_id", "title", "size_kb", "file_name", "position"],
    rows: p.fiche.documents.map((d, i) => [projectId, d.title, d.sizeKb, d.fileName, i]),
  };
}

export function volunteerRows({ p, projectId }: FicheWrite): RowSet {
  return {
    table: "volunteer",
    columns: ["project_id", "last_name", "first_name", "mission", "field", "entity", "position"],
    rows: p.fiche.volunteers.map((v, i) => [projectId, v.lastName, v.firstName, v.mission, v.field, v.entity, i]),
  };
}
