import { describe, expect, it } from "vitest";
import { statusRows, thematicRows, yearRows } from "@/components/stats/stats-rows";

describe("the statistics page's rows", () => {
  const thematics = [
    { id: 1, label: "Culture", level: 1, parentId: null, count: 5 },
    { id: 2, label: "Eau", level: 1, parentId: null, count: 3 },
    { id: 10, label: "Patrimoine", level: 2, parentId: 1, count: 4 },
  ];

  it("lists each theme then its sub-themes, linked to the primary-thematic search, and the unclassified rest", () => {
    const rows = thematicRows(thematics, 10);
    expect(rows.map((r) => [r.key, r.value, r.nested ?? false])).toEqual([["1", 5, false], ["10", 4, true], ["2", 3, false], ["none", 2, false]]);
    expect(rows[1].href).toMatch(/thematic=10/);
    expect(rows[1].href).toMatch(/primary=/);
    expect(rows[3].href).toBeUndefined();
  });

  it("adds no unclassified row when every project has a primary theme", () => {
    expect(thematicRows(thematics, 8).some((r) => r.key === "none")).toBe(false);
  });

  it("links a known year or status to its search, and leaves the unknown one unlinked", () => {
    const years = yearRows([{ year: 2019, count: 2 }, { year: null, count: 1 }]);
    expect(years[0]).toMatchObject({ key: "2019", label: "2019", value: 2 });
    expect(years[0].href).toMatch(/from=2019/);
    expect(years[1]).toEqual({ key: "none", label: "Non précisée", value: 1 });
    const statuses = statusRows([{ status: "En cours", count: 4 }, { status: null, count: 1 }]);
    expect(statuses[0].href).toMatch(/status=En/);
    expect(statuses[1]).toEqual({ key: "none", label: "Non précisé", value: 1 });
  });
});
