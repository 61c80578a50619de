import { z } from "zod";
import { FUNDER_KINDS, funderKindLabel, type FunderKind } from "../domain/funder-kinds";
import { arrayColumn, listFilter, rangeFilter, scalarColumn } from "./filter-kinds";

/**
 * Every search filter, declared once, in the order of the facet panel. The URL schema
 * (lib/search/params.ts), the SQL `WHERE` (lib/search/filters.ts), the in-memory counting
 * (lib/search/facet-index.ts, facet-count.ts), the labelled facets (lib/search/facets.ts) and
 * the facet panel (components/search/Facets.tsx) all read this list. Adding a filter is one
 * entry here, plus a migration when it needs a column (see ARCHITECTURE.md).
 */

export const FUNDER_KIND_VALUES = Object.keys(FUNDER_KINDS) as [FunderKind, ...FunderKind[]];

const positiveId = z.coerce.number().int().positive().max(2_147_483_647);

export const FILTERS = [
  listFilter({
    key: "country",
    title: "Pays du partenaire",
    item: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((v) => v.toUpperCase()),
    column: arrayColumn("country_codes", "text"),
    labels: { from: "sql", sql: "SELECT code AS value, name_fr AS label FROM country", unknown: "value" },
    searchable: true,
  }),
  listFilter({
    key: "thematic",
    title: "Thématique",
    item: positiveId,
    column: arrayColumn("theme_ids", "int"),
    variant: {
      flag: "primary",
      column: arrayColumn("primary_theme_ids", "int"),
      on: "✓ Thématique principale uniquement (retirer)",
      off: "Compter la thématique principale uniquement",
      chip: "Thématique principale uniquement",
    },
    labels: {
      from: "sql",
      sql: "SELECT id AS value, label, level, parent_id AS parent FROM thematic",
      unknown: "drop",
    },
    tree: true,
    folded: 12,
  }),
  listFilter({
    key: "status",
    title: "Statut",
    item: z.string().min(1).max(60),
    column: scalarColumn("status", "text"),
    labels: { from: "value" },
  }),
  rangeFilter({
    key: "year",
    title: "Année de début",
    from: "from",
    to: "to",
    item: z.coerce.number().int().min(1900).max(2100),
    column: "start_year",
    input: { fromLabel: "De", toLabel: "à", min: 1950, max: 2100 },
  }),
  listFilter({
    key: "french",
    title: "Collectivité française",
    item: positiveId,
    column: arrayColumn("french_ids", "int"),
    labels: {
      from: "sql",
      sql: `SELECT c.id AS value, c.display_name AS label FROM collectivite c
            WHERE c.id IN (SELECT DISTINCT unnest(french_ids) FROM project)`,
      unknown: "drop",
    },
    top: 50,
    searchable: true,
  }),
  listFilter({
    key: "region",
    title: "Région française",
    item: z.string().regex(/^[0-9A-Za-z]{1,3}$/),
    column: arrayColumn("region_codes", "text"),
    labels: {
      from: "sql",
      sql: `SELECT DISTINCT ON (region_code) region_code AS value, region_name AS label FROM collectivite
            WHERE region_code IS NOT NULL AND region_name IS NOT NULL ORDER BY region_code, region_name`,
      unknown: "value",
    },
  }),
  listFilter({
    key: "funder",
    title: "Type de financeur",
    item: z.enum(FUNDER_KIND_VALUES),
    column: arrayColumn("funder_kinds", "text"),
    labels: { from: "value" },
    display: (kind) => funderKindLabel(kind),
  }),
  listFilter({
    key: "sdg",
    title: "Objectif de développement durable",
    item: z.coerce.number().int().min(1).max(17),
    column: arrayColumn("sdg_goals", "int"),
    labels: {
      from: "sql",
      sql: "SELECT goal AS value, coalesce(label, 'ODD ' || goal) AS label FROM sdg",
      unknown: "drop",
    },
    display: (goal, label) => `ODD ${goal} – ${label}`,
    order: "value",
    emptyLabel: "Aucun ODD renseigné pour ces projets",
  }),
] as const;

export type Filter = (typeof FILTERS)[number];
export type FacetKey = Filter["key"];
export const FACET_KEYS = FILTERS.map((f) => f.key) as [FacetKey, ...FacetKey[]];
export type ListFilterOf = Extract<Filter, { kind: "list" }>;
export type ListKey = ListFilterOf["key"];
export type RangeFilterOf = Extract<Filter, { kind: "range" }>;
export const LIST_FILTERS = FILTERS.filter((f): f is ListFilterOf => f.kind === "list");
export const RANGE_FILTERS = FILTERS.filter((f): f is RangeFilterOf => f.kind === "range");
