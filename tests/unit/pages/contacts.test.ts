import { describe, expect, it } from "vitest";
import { directoryLinks } from "@/components/contacts/directory-links";
import { directoryListing, type EmbassyPostEntry } from "@/lib/domain/contacts";

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

describe("what the directory lists", () => {
  const contact = { id: 1, name: "Sarah VAILLANT", email: "s.vaillant@example.org", ficheYear: 2023, importYear: 2024 };
  const post = (id: number, counsellor: typeof contact | null): EmbassyPostEntry => ({
    id,
    name: `Poste ${id}`,
    slug: `poste-${id}`,
    countryCode: "SN",
    countryName: "Sénégal",
    latestFicheYear: 2023,
    projectCount: 0,
    projects: [],
    roles: { correspondent: { current: contact, earlier: [] }, counsellor: { current: counsellor, earlier: [] } },
  });
  const full = post(1, { ...contact, id: 2, name: "Jean DUPONT" });
  const vacantOne = post(2, null);

  it("keeps only the posts with a vacant role when the filter is on, and counts them either way", () => {
    expect(directoryListing([full, vacantOne], 5, false)).toMatchObject({ posts: [full, vacantOne], vacantCount: 1 });
    expect(directoryListing([full, vacantOne], 0, true)).toMatchObject({ posts: [vacantOne], vacantCount: 1 });
  });

  it("is empty with no post and no partner contact, and offers no export with no one named", () => {
    expect(directoryListing([], 0, false)).toMatchObject({ empty: true, exportable: false });
    const nobody = post(3, null);
    nobody.roles.correspondent.current = null;
    expect(directoryListing([nobody], 0, true)).toMatchObject({ empty: false, exportable: false });
    expect(directoryListing([], 3, false)).toMatchObject({ empty: false, exportable: true });
  });
});
