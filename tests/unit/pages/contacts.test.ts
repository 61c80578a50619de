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
