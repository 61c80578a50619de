import { describe, expect, it } from "vitest";
import { listPageHref, listPagings, PAGE_SIZE, pageOf, requestedPage } from "@/lib/paging/list-page";

describe("requestedPage", () => {
  it("reads a positive whole number", () => {
    expect(requestedPage("2")).toBe(2);
    expect(requestedPage(" 7 ")).toBe(7);
    expect(requestedPage(["3", "9"])).toBe(3);
  });

  it.each([undefined, "", "0", "-1", "abc", "1e9", "2.5", "0x10", "9999999", "%00", "toutes", []])(
    "gives the first page for %j",
    (raw) => {
      expect(requestedPage(raw as string | string[] | undefined)).toBe(1);
    },
  );
});

describe("pageOf", () => {
  const items = Array.from({ length: 120 }, (_, i) => i + 1);

  it("slices PAGE_SIZE items and says where they stand", () => {
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pages: 3, total: 120, from: 1, to: PAGE_SIZE, beyond: false });
    const last = pageOf(items, 3);
    expect(last.items).toEqual(items.slice(100));
    expect(last).toMatchObject({ from: 101, to: 120, beyond: false });
  });

  it("gives nothing, flagged, past the last page; an empty list has one empty page", () => {
    expect(pageOf(items, 4)).toMatchObject({ items: [], from: 0, to: 0, beyond: true, pages: 3 });
    expect(pageOf([], 1)).toMatchObject({ items: [], pages: 1, beyond: false });
    expect(pageOf([], 5).beyond).toBe(false);
  });
});

describe("links between pages", () => {
  it("keeps the other lists' pages, leaves out the first page, and comes back to the section", () => {
    expect(listPageHref("/pays/SN", { partenaires: "3", francaises: "2" }, "francaises", 1, "fr")).toBe(
      "/pays/SN?partenaires=3#fr",
    );
    expect(listPageHref("/pays/SN", { partenaires: undefined }, "partenaires", 2)).toBe("/pays/SN?partenaires=2");
  });

  it("drops parameters that belong to no list, and reads each list's page", () => {
    const paging = listPagings(
      "/pays/SN",
      { partenaires: "2", francaises: "abc", utm: "x" },
      { partenaires: "p", francaises: "f" },
    );
    expect(paging.partenaires.page).toBe(2);
    expect(paging.francaises.page).toBe(1);
    expect(paging.francaises.hrefFor(3)).toBe("/pays/SN?partenaires=2&francaises=3#f");
  });
});
