import { describe, expect, it } from "vitest";
import { pageQueryString, readPaging } from "../../../lib/http/paging";
import { parseSearchParams } from "../../../lib/search/params";

const read = (qs: string) => readPaging(new URLSearchParams(qs));

describe("API paging", () => {
  it("defaults to the first page of 20 and accepts up to 100", () => {
    expect(read("")).toEqual({ page: 1, pageSize: 20 });
    expect(read("page=3&pageSize=100")).toEqual({ page: 3, pageSize: 100 });
  });

  it("refuses, rather than replaces, a value out of range or not a whole number", () => {
    for (const qs of [
      "pageSize=0",
      "pageSize=101",
      "pageSize=abc",
      "pageSize=2.5",
      "pageSize=",
      "page=0",
      "page=-1",
      "page=10001",
      "page=%00",
    ]) {
      expect(read(qs), qs).toHaveProperty("error");
    }
  });

  it("links another page of the same search, with the cleaned parameters", () => {
    const params = parseSearchParams(new URLSearchParams("q=eau%00&country=sn&more=country&page=1"));
    const qs = new URLSearchParams(pageQueryString(params, 2, 5).slice(1));
    expect(Object.fromEntries(qs)).toEqual({ q: "eau", country: "SN", page: "2", pageSize: "5" });
  });
});
