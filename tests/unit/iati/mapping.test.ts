import { describe, expect, it } from "vitest";
import { participantsOf, UNNAMED_CARRIER } from "@/lib/iati/participants";
import { evenPercentages } from "@/lib/iati/percentages";
import { dacCode, sectorsOf } from "@/lib/iati/sectors";
import { activityDates, activityStatus, budgetsOf } from "@/lib/iati/timeline";
import { recipientCountries } from "@/lib/iati/places";
import { reportingOrgId, PLACEHOLDER_ORG_ID } from "@/lib/iati/organisation";
import crosswalk from "@/lib/iati/dac-crosswalk.json";

const node = (path: string[]) =>
  path.reduce<{ label: string; path: string; pathKey: string; parent: unknown } | null>(
    (parent, label, i) => ({
      label,
      path: path.slice(0, i + 1).join(" > "),
      pathKey: path
        .slice(0, i + 1)
        .join(" > ")
        .toLowerCase(),
      parent,
    }),
    null,
  ) as Parameters<typeof dacCode>[0];

describe("IATI mapping rules", () => {
  it("splits percentages evenly, summing to 100", () => {
    for (let n = 1; n <= 12; n++) expect(evenPercentages(n).reduce((a, b) => a + b, 0)).toBe(100);
    expect(evenPercentages(3)).toEqual([34, 33, 33]);
  });

  it("crosses a thematic to DAC by its deepest listed level, none when nothing is listed", () => {
    expect(dacCode(node(["Education, Social et Recherche", "Education et formation", "Enseignement primaire"]))).toBe(
      "11220",
    );
    expect(dacCode(node(["Agriculture et alimentation", "Développement rural", "Foncier rural"]))).toBe("43040");
    expect(dacCode(node(["Echanges d'expériences"]))).toBeNull();
  });

  it("keeps every crosswalk code a 5-digit DAC purpose code", () => {
    for (const code of Object.values(crosswalk.codes)) expect(code).toMatch(/^[1-9]\d{4}$/);
  });

  it("gives vocabulary 99 one sector per thematic and DAC only where crossed", () => {
    const sectors = sectorsOf([node(["Santé", "Accès aux soins"]), node(["Tourisme", "Tourisme durable"])]);
    expect(sectors.filter((s) => s.vocabulary === "99").map((s) => s.percentage)).toEqual([50, 50]);
    expect(sectors.filter((s) => s.vocabulary === "1")).toEqual([
      expect.objectContaining({ code: "33210", percentage: 100 }),
    ]);
  });

  it("maps an ended status to 4 and anything else to 2", () => {
    expect(activityStatus("Terminé")).toBe("4");
    expect(activityStatus("En cours")).toBe("2");
    expect(activityStatus(null)).toBe("2");
  });

  it("dates a start year on 1 January and says so", () => {
    const [start] = activityDates({
      startYear: 2012,
      conventionYear: 2010,
      ficheYear: 2013,
      endDate: null,
      status: null,
    });
    expect(start).toEqual(expect.objectContaining({ type: "2", isoDate: "2012-01-01" }));
    expect(start.narrative).toMatch(/année seulement/);
    const end = activityDates({
      startYear: 2012,
      conventionYear: null,
      ficheYear: null,
      endDate: new Date("2015-12-31"),
      status: "Terminé",
    })[1];
    expect(end).toEqual(expect.objectContaining({ type: "4", isoDate: "2015-12-31" }));
  });

  it("gives one budget per year with a positive total", () => {
    const row = (year: number | null, amountEur: number | null) => ({
      funder: "x",
      kind: "meae",
      amountEur,
      waterAmountEur: null,
      year,
    });
    expect(budgetsOf([row(2011, 100), row(2011, 50.5), row(2012, 0), row(null, 99), row(2010, 10)])).toEqual([
      { year: 2010, amount: 10 },
      { year: 2011, amount: 150.5 },
    ]);
  });

  it("gives each partner country once, shares summing to 100", () => {
    expect(recipientCountries(["TN", "MA", "TN", ""])).toEqual([
      { code: "MA", percentage: 50 },
      { code: "TN", percentage: 50 },
    ]);
  });

  it("names the carrier role 3, other French collectivités and funders role 1, the Ministry FR-3, foreign partners role 4 with their country", () => {
    const partner = (role: string, position: number, displayName: string, countryLabel: string | null = null) => ({
      role,
      position,
      nameAsWritten: displayName,
      countryLabel,
      collectivite: { displayName, countryLabel, countryCode: "" },
    });
    const orgs = participantsOf(
      [
        partner("french", 0, "Romans-sur-Isère"),
        partner("french", 1, "Valence"),
        partner("foreign", 0, "El Jem", "Tunisie"),
      ],
      [
        { funderKind: "meae", funder: { name: "MAEE" } },
        { funderKind: "french-collectivite", funder: { name: "Drôme" } },
        { funderKind: "own-collectivite", funder: { name: "Romans-sur-Isère" } },
      ],
    );
    expect(orgs).toEqual([
      { role: "3", type: "11", name: "Romans-sur-Isère" },
      { role: "1", type: "11", name: "Valence" },
      expect.objectContaining({ role: "1", type: "10", ref: "FR-3" }),
      { role: "1", type: "11", name: "Drôme" },
      { role: "4", type: "11", name: "El Jem (Tunisie)" },
    ]);
    expect(participantsOf([], [])).toEqual([{ role: "3", type: "11", name: UNNAMED_CARRIER }]);
  });

  it("reads the reporter id from ATLAS_IATI_ORG_ID, with a placeholder default", () => {
    expect(reportingOrgId({ ATLAS_IATI_ORG_ID: "FR-RNA-W123" })).toBe("FR-RNA-W123");
    expect(reportingOrgId({})).toBe(PLACEHOLDER_ORG_ID);
  });
});
