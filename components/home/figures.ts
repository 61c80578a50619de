import { formatEuros } from "@/lib/domain/funding-matrix";
import { toQueryString } from "@/lib/search/params";
import { formatCount } from "@/lib/text/format";
import type { AtlasFigures, CountryCount, StatusCount } from "@/lib/page-data/home";

/**
 * The atlas in figures, each with the page that lists what it counts: project counts lead to
 * the search (its total is the figure), collectivités to the map (its heading counts them by
 * side), countries to the search's country facet unfolded (one value per country), funding to
 * the statistics' funding by year. Pure, so the tests check each figure against its link.
 */
export type FigureKind = "projects" | "french" | "foreign" | "countries" | "funding";

export interface Figure {
  key: string;
  kind: FigureKind;
  value: number;
  /** The figure as shown ("1 234", "2,5 M€"). */
  shown: string;
  label: string;
  detail?: string;
  href: string;
}

const many = (n: number, one: string, more: string) => (n > 1 ? more : one);

export function atlasFigureList(figures: AtlasFigures, statuses: StatusCount[], countries: CountryCount[]): Figure[] {
  const count = (
    kind: FigureKind,
    key: string,
    value: number,
    label: string,
    href: string,
    detail?: string,
  ): Figure => ({ key, kind, value, shown: formatCount(value), label, href, detail });
  const years =
    figures.fundingFrom === null || figures.fundingTo === null
      ? undefined
      : figures.fundingFrom === figures.fundingTo
        ? `en ${figures.fundingFrom}`
        : `de ${figures.fundingFrom} à ${figures.fundingTo}`;
  return [
    count("projects", "projects", figures.projects, many(figures.projects, "projet", "projets"), "/projets"),
    ...statuses.map((s) =>
      count(
        "projects",
        `status:${s.status}`,
        s.count,
        `${many(s.count, "projet", "projets")} « ${s.status} »`,
        `/projets${toQueryString({ status: [s.status] })}`,
      ),
    ),
    count(
      "french",
      "french",
      figures.frenchCollectivites,
      many(figures.frenchCollectivites, "collectivité française", "collectivités françaises"),
      "/carte",
    ),
    count(
      "foreign",
      "foreign",
      figures.foreignCollectivites,
      many(
        figures.foreignCollectivites,
        "collectivité partenaire à l'étranger",
        "collectivités partenaires à l'étranger",
      ),
      "/carte",
    ),
    count(
      "countries",
      "countries",
      countries.length,
      many(countries.length, "pays partenaire", "pays partenaires"),
      `/projets${toQueryString({ more: ["country"] })}`,
    ),
    {
      key: "funding",
      kind: "funding",
      value: figures.fundingTotal,
      shown: formatEuros(figures.fundingTotal),
      label: "de financements déclarés",
      detail: years,
      href: "/statistiques#financement-annee",
    },
  ];
}
