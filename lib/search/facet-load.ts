import "server-only";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "../db/client";
import type { FilterValue } from "./filter-kinds";
import { LIST_FILTERS, type ListKey } from "./filter-registry";
import { buildFacetIndex, LIST_COLUMNS, NUMBER_COLUMNS, type FacetIndex, type FacetSourceRow } from "./facet-index";

/**
 * Loads, once per data version, what facet counting needs: every project's filter columns (the
 * facet index) and the value labels of the filters that look theirs up in SQL. Both queries
 * come from the filters' declarations (lib/search/filter-registry.ts).
 */

export interface FacetLabel {
  label: string;
  /** For a tree facet: depth (1 = top) and the parent's value. */
  level?: number;
  parent?: FilterValue | null;
}

export type FacetLabels = Partial<Record<ListKey, Map<FilterValue, FacetLabel>>>;

export interface LoadedFacets {
  index: FacetIndex;
  labels: FacetLabels;
}

/** The facet index's source rows: constant column names from the registry, never user input. */
export const FACET_SOURCE_SQL = `SELECT id, ${[...LIST_COLUMNS, ...NUMBER_COLUMNS].join(", ")} FROM project`;

export async function loadFacets(): Promise<LoadedFacets> {
  const db = prisma();
  const labelled = LIST_FILTERS.flatMap((f) => (f.labels.from === "sql" ? [{ key: f.key, sql: f.labels.sql }] : []));
  const [rows, ...labelRows] = await Promise.all([
    db.$queryRaw<FacetSourceRow[]>(Prisma.raw(FACET_SOURCE_SQL)),
    ...labelled.map(({ sql }) => db.$queryRaw<({ value: FilterValue } & FacetLabel)[]>(Prisma.raw(sql))),
  ]);
  const labels: FacetLabels = {};
  labelled.forEach(({ key }, i) => {
    labels[key] = new Map(labelRows[i].map(({ value, ...label }) => [value, label]));
  });
  return { index: buildFacetIndex(rows), labels };
}
