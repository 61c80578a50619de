import { describe, expect, it } from "vitest";
import { funderKind, fundingRowKind } from "../../../lib/import/funders";

const notFrench = () => false;

describe("funder kinds", () => {
  it.each([
    ["Ministère de l'Europe et des Affaires étrangères", "meae"],
    ["Collectivités et partenaires étrangers", "foreign-partners"],
    ["Villes partenaires", "foreign-partners"],
    ["Agence de l'eau Rhône Méditerranée Corse", "water-agency"],
    ["Conseil départemental de l'Isère", "french-collectivite"],
    ["Région Bretagne", "french-collectivite"],
    ["Michelin", "other"],
    ["Usagers français", "other"],
  ])("%s → %s", (name, kind) => {
    expect(funderKind(name, notFrench)).toBe(kind);
  });

  it("asks the French resolver for bare town names", () => {
    expect(funderKind("Clermont-Ferrand", (n) => n === "Clermont-Ferrand")).toBe("french-collectivite");
  });

  it("singles out the project's own French collectivité", () => {
    expect(fundingRowKind("french-collectivite", "strasbourg", new Set(["strasbourg"]))).toBe("own-collectivite");
    expect(fundingRowKind("other", "michelin", new Set(["strasbourg"]))).toBe("other");
  });
});
