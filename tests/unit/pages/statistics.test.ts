import { describe, expect, it } from "vitest";
import { statusRows, subThemeRows, themeRows, yearRows } from "@/components/stats/stats-rows";

describe("the statistics page's rows", () => {
  const thematics = [
    { id: 1, label: "Culture", level: 1, parentId: null, count: 5 },
    { id: 2, label: "Eau", level: 1, parentId: null, count: 3 },
    { id: 10, label: "Patrimoine", level: 2, parentId: 1, count: 4 },
  ];

  it("lists the themes only (never their sub-themes), linked to the primary-thematic search, and the unclassified rest", () => {
    const rows = themeRows(thematics, 10, "fr", "Sans thématique principale");
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ["1", 5],
      ["2", 3],
      ["none", 2],
    ]);
    expect(rows[0].href).toMatch(/thematic=1(&|$)/);
    expect(rows[0].href).toMatch(/primary=/);
    expect(rows[2].href).toBeUndefined();
  });

  it("lists a theme's sub-themes apart, linked to their search", () => {
    const rows = subThemeRows(thematics, 1, "fr");
    expect(rows.map((r) => [r.key, r.label, r.value])).toEqual([["10", "Patrimoine", 4]]);
    expect(rows[0].href).toMatch(/thematic=10/);
    expect(subThemeRows(thematics, 2, "fr")).toEqual([]);
  });

  it("adds no unclassified row when every project has a primary theme", () => {
    expect(themeRows(thematics, 8, "fr", "Sans thématique principale").some((r) => r.key === "none")).toBe(false);
  });

  it("links a known year or status to its search, and leaves the unknown one unlinked", () => {
    const years = yearRows(
      [
        { year: 2019, count: 2 },
        { year: null, count: 1 },
      ],
      "Non précisée",
    );
    expect(years[0]).toMatchObject({ key: "2019", label: "2019", value: 2 });
    expect(years[0].href).toMatch(/from=2019/);
    expect(years[1]).toEqual({ key: "none", label: "Non précisée", value: 1 });
    const statuses = statusRows(
      [
        { status: "En cours", count: 4 },
        { status: null, count: 1 },
      ],
      "fr",
      "Non précisé",
    );
    expect(statuses[0].href).toMatch(/status=En/);
    expect(statuses[1]).toEqual({ key: "none", label: "Non précisé", value: 1 });
  });
});
