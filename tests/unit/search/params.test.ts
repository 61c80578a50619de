import { describe, expect, it } from "vitest";
import { activeFilterCount, parseSearchParams, toQueryString } from "../../../lib/search/params";

describe("search params", () => {
  it("drops garbage instead of throwing", () => {
    const p = parseSearchParams(new URLSearchParams("year=abc&country[]=x&page=-5&from=zz&to=2100000&sdg=99&sdg=0&thematic=-3&funder=nope&sort=upside"));
    expect(p).toMatchObject({ country: [], page: 1, from: undefined, to: undefined, sdg: [], thematic: [], funder: [], sort: undefined });
  });

  it("reads repeated and comma-separated values, normalising and de-duplicating them", () => {
    const p = parseSearchParams(new URLSearchParams("country=it,ES&country=it&thematic=4&thematic=4&sdg=11"));
    expect(p.country).toEqual(["IT", "ES"]);
    expect(p.thematic).toEqual([4]);
    expect(p.sdg).toEqual([11]);
  });

  it("accepts Next's searchParams records and swaps a reversed year range", () => {
    const p = parseSearchParams({ q: "  eau   Sénégal ", from: "2022", to: "2019", primary: "1" });
    expect(p).toMatchObject({ q: "eau Sénégal", from: 2019, to: 2022, primary: true });
  });

  it("round-trips through the query string, omitting defaults", () => {
    const p = parseSearchParams(new URLSearchParams("q=eau&country=SN&funder=meae&from=2018&page=2"));
    expect(parseSearchParams(new URLSearchParams(toQueryString(p).slice(1)))).toEqual(p);
    expect(toQueryString(parseSearchParams(new URLSearchParams("page=1")))).toBe("");
  });

  it("keeps unfolded facets in the URL without counting them as filters", () => {
    const p = parseSearchParams(new URLSearchParams("more=country&more=bogus&more=french&country=SN"));
    expect(p.more).toEqual(["country", "french"]);
    expect(activeFilterCount(p)).toBe(1);
    expect(toQueryString(p)).toBe("?country=SN&more=country&more=french");
  });
});
