import type { CountRow } from "./CountTable";
import type { ThematicStat } from "@/lib/page-data/statistics";
import { statusLabel, thematicLabel } from "@/lib/i18n/data-labels";
import type { Locale } from "@/lib/i18n/routing";
import { toQueryString } from "@/lib/search/params";

/** The search of the projects a figure counts (its filters keep the data's French values). */
export const statsSearchHref = (params: Parameters<typeof toQueryString>[0]) => `/projets${toQueryString(params)}`;

/**
 * The primary themes (top level of the thematic tree only), each linked to its projects, and the
 * projects without a primary thematic last (`unclassified` names them), so the rows add up to
 * the number of projects.
 */
export function themeRows(
  thematics: ThematicStat[],
  projectCount: number,
  locale: Locale,
  unclassified: string,
): CountRow[] {
  const themes = thematics.filter((t) => t.level === 1);
  const rows: CountRow[] = themes.map((theme) => ({
    key: String(theme.id),
    label: thematicLabel(theme.label, locale),
    value: theme.count,
    href: statsSearchHref({ thematic: [theme.id], primary: true }),
  }));
  const rest = projectCount - themes.reduce((s, t) => s + t.count, 0);
  if (rest > 0) rows.push({ key: "none", label: unclassified, value: rest });
  return rows;
}

/** One theme's sub-themes (the next level down), each linked to its projects. */
export function subThemeRows(thematics: ThematicStat[], themeId: number, locale: Locale): CountRow[] {
  return thematics
    .filter((t) => t.parentId === themeId)
    .map((t) => ({
      key: String(t.id),
      label: thematicLabel(t.label, locale),
      value: t.count,
      href: statsSearchHref({ thematic: [t.id], primary: true }),
    }));
}

/** Rows of a count by year or status: the unknown one (named `unknown`) unlinked, the others linked to their search. */
export function yearRows(years: { year: number | null; count: number }[], unknown: string): CountRow[] {
  return years.map((y) =>
    y.year === null
      ? { key: "none", label: unknown, value: y.count }
      : {
          key: String(y.year),
          label: String(y.year),
          value: y.count,
          href: statsSearchHref({ from: y.year, to: y.year }),
        },
  );
}

export function statusRows(
  statuses: { status: string | null; count: number }[],
  locale: Locale,
  unknown: string,
): CountRow[] {
  return statuses.map((s) =>
    s.status === null
      ? { key: "none", label: unknown, value: s.count }
      : {
          key: s.status,
          label: statusLabel(s.status, locale),
          value: s.count,
          href: statsSearchHref({ status: [s.status] }),
        },
  );
}
