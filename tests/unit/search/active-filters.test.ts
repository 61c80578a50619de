import { describe, expect, it } from "vitest";
import { filterChips, withoutFilters } from "@/lib/search/active-filters";
import { parseSearchParams } from "@/lib/search/params";

const labels: Record<string, string> = { SN: "Sénégal", TN: "Tunisie", "7": "Eau" };
const labelOf = (_: unknown, value: string) => labels[value];

describe("the active filter chips", () => {
  const params = parseSearchParams(
    new URLSearchParams("q=eau&country=SN&country=TN&thematic=7&primary=1&from=2015&to=2020&page=3&sort=title"),
  );
  const chips = filterChips("/projets", params, labelOf);

  it("gives one chip per chosen value, labelled, in the registry's order", () => {
    expect(chips.map((c) => c.label)).toEqual([
      "Pays du partenaire : Sénégal",
      "Pays du partenaire : Tunisie",
      "Thématique : Eau",
      "Thématique principale uniquement",
      "Année de début : 2015 – 2020",
    ]);
  });

  it("links each chip to the same search without just that value, back to page 1", () => {
    const tunisia = new URL(chips[1].href, "http://x");
    expect(tunisia.pathname).toBe("/projets");
    expect(tunisia.searchParams.getAll("country")).toEqual(["SN"]);
    expect(tunisia.searchParams.get("thematic")).toBe("7");
    expect(tunisia.searchParams.get("q")).toBe("eau");
    expect(tunisia.searchParams.get("page")).toBeNull();
    const years = new URL(chips[4].href, "http://x");
    expect([years.searchParams.get("from"), years.searchParams.get("to")]).toEqual([null, null]);
    expect(years.searchParams.getAll("country")).toEqual(["SN", "TN"]);
  });

  it("shows a value the facet does not know by its raw value, and an open range by its one bound", () => {
    const open = filterChips("/carte", parseSearchParams(new URLSearchParams("country=ZZ&to=2010")), () => undefined);
    expect(open.map((c) => c.label)).toEqual(["Pays du partenaire : ZZ", "Année de début : jusqu'à 2010"]);
  });

  it("clears every filter but keeps the text query and the sort", () => {
    expect(withoutFilters("/projets", params)).toBe("/projets?q=eau&sort=title");
    expect(filterChips("/projets", parseSearchParams(new URLSearchParams("q=eau")), labelOf)).toEqual([]);
  });
});
