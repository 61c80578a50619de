import type { CountRow } from "./CountTable";
import type { ThematicStat } from "@/lib/page-data/statistics";
import { toQueryString } from "@/lib/search/params";

/** The search of the projects a figure counts. */
export const statsSearchHref = (params: Parameters<typeof toQueryString>[0]) => `/projets${toQueryString(params)}`;

/**
 * The primary themes (top level of the thematic tree only), each linked to its projects, and the
 * projects without a primary thematic last, so the rows add up to the number of projects.
 */
export function themeRows(thematics: ThematicStat[], projectCount: number): CountRow[] {
  const themes = thematics.filter((t) => t.level === 1);
  const rows: CountRow[] = themes.map((theme) => ({
    key: String(theme.id),
    label: theme.label,
    value: theme.count,
    href: statsSearchHref({ thematic: [theme.id], primary: true }),
  }));
  const unclassified = projectCount - themes.reduce((s, t) => s + t.count, 0);
  if (unclassified > 0) rows.push({ key: "none", label: "Sans thématique principale", value: unclassified });
  return rows;
}

/** One theme's sub-themes (the next level down), each linked to its projects. */
export function subThemeRows(thematics: ThematicStat[], themeId: number): CountRow[] {
  return thematics
    .filter((t) => t.parentId === themeId)
    .map((t) => ({
      key: String(t.id),
      label: t.label,
      value: t.count,
      href: statsSearchHref({ thematic: [t.id], primary: true }),
    }));
}

/** Rows of a count by year or status: the unknown one unlinked, the others linked to their search. */
export function yearRows(years: { year: number | null; count: number }[]): CountRow[] {
  return years.map((y) =>
    y.year === null
      ? { key: "none", label: "Non précisée", value: y.count }
      : {
          key: String(y.year),
          label: String(y.year),
          value: y.count,
          href: statsSearchHref({ from: y.year, to: y.year }),
        },
  );
}

export function statusRows(statuses: { status: string | null; count: number }[]): CountRow[] {
  return statuses.map((s) =>
    s.status === null
      ? { key: "none", label: "Non précisé", value: s.count }
      : { key: s.status, label: s.status, value: s.count, href: statsSearchHref({ status: [s.status] }) },
  );
}
