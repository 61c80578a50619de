import { describe, expect, it } from "vitest";
import { listValues } from "@/lib/search/facets";
import { labelMatches } from "@/lib/search/facet-search";
import { LIST_FILTERS } from "@/lib/search/filter-registry";
import type { LoadedFacets } from "@/lib/search/facet-load";
import type { FilterValue } from "@/lib/search/filter-kinds";

const french = LIST_FILTERS.find((f) => f.key === "french")!;
const country = LIST_FILTERS.find((f) => f.key === "country")!;

/** 3,000 generated collectivités, collectivité n in n % 97 + 1 projects: far more than the facet's top 50. */
function generated(): { loaded: LoadedFacets; counts: Map<FilterValue, number> } {
  const labels = new Map<FilterValue, { label: string }>();
  const counts = new Map<FilterValue, number>();
  for (let id = 1; id <= 3000; id++) {
    labels.set(id, { label: `Commune ${id}` });
    counts.set(id, (id % 97) + 1);
  }
  labels.set(5000, { label: "Saint-Étienne" }); // known, but in no project of the search
  return { loaded: { index: undefined as never, labels: { french: labels } }, counts };
}

describe("the values of a long facet", () => {
  it("offers the top values only, but keeps a selected value outside them, with its count", () => {
    const { loaded, counts } = generated();
    const top = listValues(french, loaded, counts);
    expect(top).toHaveLength(50); // its declared `top`
    expect(top.some((v) => v.value === "1")).toBe(false); // 2 projects: far from the top
    const withSelected = listValues(french, loaded, counts, [1]);
    expect(withSelected.find((v) => v.value === "1")).toEqual({ value: "1", label: "Commune 1", count: 2 });
  });

  it("keeps a selected value that no project of the search has, with a count of 0", () => {
    const { loaded, counts } = generated();
    expect(listValues(french, loaded, counts, [5000]).find((v) => v.value === "5000")).toEqual({
      value: "5000",
      label: "Saint-Étienne",
      count: 0,
    });
    // A country facet has no label query for an unknown code: its value is its label.
    expect(
      listValues(country, { index: undefined as never, labels: { country: new Map() } }, new Map([["SN", 3]]), [
        "ML",
      ]).map((v) => [v.value, v.count]),
    ).toEqual([
      ["SN", 3],
      ["ML", 0],
    ]);
  });

  it("gives every value to the facet search, most frequent first", () => {
    const { loaded, counts } = generated();
    const all = listValues(french, loaded, counts, [], true);
    expect(all).toHaveLength(3000);
    expect(all[0].count).toBe(97);
  });
});

describe("a facet search term", () => {
  it("matches every word, accents, case and hyphens folded", () => {
    expect(labelMatches("Saint-Étienne", "saint etienne")).toBe(true);
    expect(labelMatches("Saint-Étienne", "étienne")).toBe(true);
    expect(labelMatches("Saint-Étienne", "saint denis")).toBe(false);
    expect(labelMatches("Région Auvergne-Rhône-Alpes", "rhone")).toBe(true);
  });
});
