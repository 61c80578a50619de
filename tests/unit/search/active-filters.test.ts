import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import englishSearch from "@/lib/i18n/messages/en/search.json";
import { filterChips, withoutFilters } from "@/lib/search/active-filters";
import { frenchSearchLabels as t, type SearchTranslate } from "@/lib/search/filter-messages";
import { parseSearchParams } from "@/lib/search/params";

const labels: Record<string, string> = { SN: "Sénégal", TN: "Tunisie", "7": "Eau" };
const labelOf = (_: unknown, value: string) => labels[value];

describe("the active filter chips", () => {
  const params = parseSearchParams(
    new URLSearchParams("q=eau&country=SN&country=TN&thematic=7&primary=1&from=2015&to=2020&page=3&sort=title"),
  );
  const chips = filterChips("/projets", params, labelOf, t);

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
    const open = filterChips(
      "/carte",
      parseSearchParams(new URLSearchParams("country=ZZ&to=2010")),
      () => undefined,
      t,
    );
    expect(open.map((c) => c.label)).toEqual(["Pays du partenaire : ZZ", "Année de début : jusqu'à 2010"]);
  });

  it("clears every filter but keeps the text query and the sort", () => {
    expect(withoutFilters("/projets", params)).toBe("/projets?q=eau&sort=title");
    expect(filterChips("/projets", parseSearchParams(new URLSearchParams("q=eau")), labelOf, t)).toEqual([]);
  });
});

describe("the active filter chips in English", () => {
  const en = createTranslator({
    locale: "en",
    messages: { search: englishSearch },
    namespace: "search",
  }) as unknown as SearchTranslate;

  it("are labelled with the English filter titles, toggles and bounds", () => {
    const params = parseSearchParams(new URLSearchParams("country=TN&thematic=7&primary=1&from=2015"));
    const labels = filterChips("/projets", params, () => "Tunisia", en).map((c) => c.label);
    expect(labels).toEqual([
      "Partner's country: Tunisia",
      "Theme: Tunisia",
      "Main theme only",
      "Start year: from 2015",
    ]);
    const until = filterChips("/projets", parseSearchParams(new URLSearchParams("to=2010")), () => undefined, en);
    expect(until.map((c) => c.label)).toEqual(["Start year: until 2010"]);
  });
});
