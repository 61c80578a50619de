import { toQueryString } from "@/lib/search/params";
import type { AtlasFigures, CountryCount, StatusCount } from "@/lib/page-data/home";

/**
 * The atlas in figures, each with the page that lists what it counts: project counts lead to
 * the search (its total is the figure), collectivités to the map (its heading counts them by
 * side), countries to the search's country facet unfolded (one value per country), funding to
 * the statistics' funding by year. Pure, so the tests check each figure against its link; the
 * words are messages of the "home" catalogue (`figures.<message>`), written by HomeFigures.
 */
export type FigureKind = "projects" | "french" | "foreign" | "countries" | "funding";

export interface Figure {
  key: string;
  kind: FigureKind;
  value: number;
  /** Its label's message in `figures`; a count's message holds the number too. */
  message: "projects" | "status" | "french" | "foreign" | "countries" | "funding";
  /** The status a status figure counts, as the data spells it. */
  status?: string;
  /** The years of the funding, as text (a year is not grouped like an amount). */
  years?: { from: string; to: string };
  href: string;
}

export function atlasFigureList(figures: AtlasFigures, statuses: StatusCount[], countries: CountryCount[]): Figure[] {
  const count = (kind: FigureKind, message: Figure["message"], value: number, href: string, key: string = kind) => ({
    key,
    kind,
    message,
    value,
    href,
  });
  const { fundingFrom, fundingTo } = figures;
  return [
    count("projects", "projects", figures.projects, "/projets"),
    ...statuses.map((s) => ({
      ...count("projects", "status", s.count, `/projets${toQueryString({ status: [s.status] })}`, `status:${s.status}`),
      status: s.status,
    })),
    count("french", "french", figures.frenchCollectivites, "/carte"),
    count("foreign", "foreign", figures.foreignCollectivites, "/carte"),
    count("countries", "countries", countries.length, `/projets${toQueryString({ more: ["country"] })}`),
    {
      ...count("funding", "funding", figures.fundingTotal, "/statistiques#financement-annee"),
      years:
        fundingFrom === null || fundingTo === null ? undefined : { from: String(fundingFrom), to: String(fundingTo) },
    },
  ];
}
