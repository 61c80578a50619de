import { describe, expect, it } from "vitest";
import { directoryLinks } from "@/components/contacts/directory-links";

describe("the directory's links", () => {
  it("keep the query and the countries in the exports and the pages", () => {
    const { exportHref, pageHref } = directoryLinks("Vaillant é", ["IT", "SN"]);
    expect(exportHref("csv")).toBe("/api/contacts/export?q=Vaillant+%C3%A9&country=IT&country=SN&format=csv");
    expect(pageHref(3)).toBe("/contacts?q=Vaillant+%C3%A9&country=IT&country=SN&page=3");
    expect(pageHref(1)).toBe("/contacts?q=Vaillant+%C3%A9&country=IT&country=SN");
  });

  it("write the first page of the whole directory without a question mark", () => {
    expect(directoryLinks(undefined, []).pageHref(1)).toBe("/contacts");
    expect(directoryLinks(undefined, []).exportHref("vcf")).toBe("/api/contacts/export?format=vcf");
  });
});

describe("the directory's vacant-posts filter", () => {
  it("is kept by the exports and the pages, and can be turned off", () => {
    const { exportHref, pageHref, vacantHref } = directoryLinks("x", ["TN"], true);
    expect(exportHref("csv")).toBe("/api/contacts/export?q=x&country=TN&vacants=1&format=csv");
    expect(pageHref(2)).toBe("/contacts?q=x&country=TN&vacants=1&page=2");
    expect(vacantHref(false)).toBe("/contacts?q=x&country=TN");
    expect(directoryLinks(undefined, []).vacantHref(true)).toBe("/contacts?vacants=1");
  });
});
