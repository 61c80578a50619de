import { describe, expect, expectTypeOf, it } from "vitest";
import { activeFilterCount, parseSearchParams, toQueryString, type SearchParams } from "../../../lib/search/params";
import type { FunderKind } from "../../../lib/domain/funder-kinds";

describe("search params", () => {
  it("drops garbage instead of throwing", () => {
    const p = parseSearchParams(
      new URLSearchParams(
        "year=abc&country[]=x&page=-5&from=zz&to=2100000&sdg=99&sdg=0&thematic=-3&funder=nope&sort=upside",
      ),
    );
    expect(p).toMatchObject({
      country: [],
      page: 1,
      from: undefined,
      to: undefined,
      sdg: [],
      thematic: [],
      funder: [],
      sort: undefined,
    });
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

  it("writes every filter back in a fixed order: text, lists, flags, ranges, then display params", () => {
    const p = parseSearchParams(
      new URLSearchParams(
        "more=country&page=2&sort=title&to=2020&from=2018&primary=1&sdg=6&funder=meae&region=84&french=7&status=En+cours&thematic=4&country=SN&q=eau",
      ),
    );
    expect(toQueryString(p)).toBe(
      "?q=eau&country=SN&thematic=4&status=En+cours&french=7&region=84&funder=meae&sdg=6&primary=1&from=2018&to=2020&sort=title&page=2&more=country",
    );
    expect(activeFilterCount(p)).toBe(8);
    expect(activeFilterCount(parseSearchParams(new URLSearchParams("to=2020&primary=1")))).toBe(1);
  });

  it("types each filter's field from its declaration", () => {
    const p = parseSearchParams(new URLSearchParams(""));
    expectTypeOf(p.country).toEqualTypeOf<string[]>();
    expectTypeOf(p.thematic).toEqualTypeOf<number[]>();
    expectTypeOf(p.funder).toEqualTypeOf<FunderKind[]>();
    expectTypeOf(p.primary).toEqualTypeOf<boolean>();
    expectTypeOf<SearchParams["from"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf(p).not.toHaveProperty("year");
    expect(p).toMatchObject({ country: [], thematic: [], funder: [], primary: false });
  });
});
