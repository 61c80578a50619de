import { z } from "zod";
import { FUNDER_KINDS, type FunderKind } from "../domain/funder-kinds";
import { countryLabel, funderKindName, sdgName, statusLabel, thematicLabel } from "../i18n/data-labels";
import type { Locale } from "../i18n/routing";
import { arrayColumn, listFilter, rangeFilter, scalarColumn } from "./filter-kinds";

/**
 * Every search filter, declared once, in the order of the facet panel. The URL schema
 * (lib/search/params.ts), the SQL `WHERE` (lib/search/filters.ts), the in-memory counting
 * (lib/search/facet-index.ts, facet-count.ts), the labelled facets (lib/search/facets.ts) and
 * the facet panel (components/search/Facets.tsx) all read this list. Adding a filter is one
 * entry here, plus a migration when it needs a column (see ARCHITECTURE.md). Its interface labels
 * (title, toggles, bounds) are messages named after its key (lib/search/filter-messages.ts); its
 * values are shown in the page's language through lib/i18n/data-labels.ts.
 */

export const FUNDER_KIND_VALUES = Object.keys(FUNDER_KINDS) as [FunderKind, ...FunderKind[]];

/** The SDGs' abbreviation, part of each goal's name ("ODD 6 – Eau propre et assainissement"). */
const SDG_ABBREVIATION: Record<Locale, string> = { fr: "ODD", en: "SDG" };

const positiveId = z.coerce.number().int().positive().max(2_147_483_647);

export const FILTERS = [
  listFilter({
    key: "country",
    item: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((v) => v.toUpperCase()),
    column: arrayColumn("country_codes", "text"),
    labels: { from: "sql", sql: "SELECT code AS value, name_fr AS label FROM country", unknown: "value" },
    display: (code, name, locale) => countryLabel(code, name, locale),
    searchable: true,
  }),
  listFilter({
    key: "thematic",
    item: positiveId,
    column: arrayColumn("theme_ids", "int"),
    variant: {
      flag: "primary",
      column: arrayColumn("primary_theme_ids", "int"),
    },
    labels: {
      from: "sql",
      sql: "SELECT id AS value, label, level, parent_id AS parent FROM thematic",
      unknown: "drop",
    },
    display: (_id, label, locale) => thematicLabel(label, locale),
    tree: true,
    folded: 12,
  }),
  listFilter({
    key: "status",
    item: z.string().min(1).max(60),
    column: scalarColumn("status", "text"),
    labels: { from: "value" },
    display: (status, _label, locale) => statusLabel(status, locale),
  }),
  rangeFilter({
    key: "year",
    from: "from",
    to: "to",
    item: z.coerce.number().int().min(1900).max(2100),
    column: "start_year",
    input: { min: 1950, max: 2100 },
  }),
  listFilter({
    key: "french",
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
    item: z.enum(FUNDER_KIND_VALUES),
    column: arrayColumn("funder_kinds", "text"),
    labels: { from: "value" },
    display: (kind, _label, locale) => funderKindName(kind, locale),
  }),
  listFilter({
    key: "sdg",
    item: z.coerce.number().int().min(1).max(17),
    column: arrayColumn("sdg_goals", "int"),
    labels: {
      from: "sql",
      sql: "SELECT goal AS value, coalesce(label, 'ODD ' || goal) AS label FROM sdg",
      unknown: "drop",
    },
    display: (goal, label, locale) => `${SDG_ABBREVIATION[locale]} ${goal} – ${sdgName(label, locale)}`,
    order: "value",
    ownEmptyLabel: true,
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
