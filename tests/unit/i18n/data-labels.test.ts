import { describe, expect, it } from "vitest";
import { PRECISION_LABELS } from "@/lib/domain/precision-labels";
import { EMBASSY_ROLE_LABELS, EMBASSY_ROLES } from "@/lib/domain/embassy-roles";
import { FUNDER_KINDS } from "@/lib/domain/funder-kinds";
import taxonomy from "@/lib/fiche/taxonomy.json" with { type: "json" };
import { SDG_LABELS } from "@/lib/fiche/sdg";
import {
  countryLabel,
  embassyRoleLabel,
  englishThematicName,
  funderKindName,
  precisionLabel,
  precisionName,
  sdgName,
  sdgTitle,
  statusLabel,
  thematicLabel,
} from "@/lib/i18n/data-labels";
import { contentLang } from "@/lib/i18n/content-lang";

interface Taxonomy {
  themes: { label: string; subThemes: { label: string; subSubThemes: string[] }[] }[];
}

const taxonomyLabels = (taxonomy as Taxonomy).themes.flatMap((t) => [
  t.label,
  ...t.subThemes.flatMap((s) => [s.label, ...s.subSubThemes]),
]);

describe("thematic labels", () => {
  it("has an English name for every label of the taxonomy", () => {
    const missing = taxonomyLabels.filter((label) => !englishThematicName(label));
    expect(missing).toEqual([]);
    expect(taxonomyLabels.length).toBeGreaterThan(200);
  });

  it("keeps the French label in French and finds spellings that differ in accents or case", () => {
    expect(thematicLabel("Eau et assainissement", "fr")).toBe("Eau et assainissement");
    expect(thematicLabel("Eau et assainissement", "en")).toBe("Water and sanitation");
    expect(thematicLabel("ECONOMIE DURABLE", "en")).toBe("Sustainable economy");
    expect(thematicLabel("Énergie", "en")).toBe("Energy");
    expect(thematicLabel("Thème inconnu", "en")).toBe("Thème inconnu");
  });
});

describe("statuses", () => {
  it("translates the statuses and their variants, and leaves French alone", () => {
    expect(statusLabel("En cours", "en")).toBe("Ongoing");
    expect(statusLabel("Terminé", "en")).toBe("Completed");
    expect(statusLabel("TERMINEE", "en")).toBe("Completed");
    expect(statusLabel("En préparation", "en")).toBe("In preparation");
    expect(statusLabel("Suspendue", "en")).toBe("Suspended");
    expect(statusLabel("Terminé", "fr")).toBe("Terminé");
    expect(statusLabel("Autre chose", "en")).toBe("Autre chose");
  });
});

describe("funder kinds, roles, precision", () => {
  it("gives the French labels unchanged and an English one for every value", () => {
    for (const [kind, label] of Object.entries(FUNDER_KINDS)) {
      expect(funderKindName(kind, "fr")).toBe(label);
      expect(funderKindName(kind, "en")).not.toBe(label);
    }
    expect(funderKindName("meae", "en")).toBe("Ministry for Europe and Foreign Affairs");
    expect(funderKindName("unknown-kind", "en")).toBe("unknown-kind");
    for (const role of EMBASSY_ROLES) {
      expect(embassyRoleLabel(role, "fr")).toBe(EMBASSY_ROLE_LABELS[role]);
      expect(embassyRoleLabel(role, "en")).not.toBe(EMBASSY_ROLE_LABELS[role]);
    }
    for (const [precision, label] of Object.entries(PRECISION_LABELS)) {
      expect(precisionLabel(label, "fr")).toBe(label);
      expect(precisionName(precision as keyof typeof PRECISION_LABELS, "fr")).toBe(label);
      expect(precisionLabel(label, "en")).toBe(precisionName(precision as keyof typeof PRECISION_LABELS, "en"));
    }
    expect(precisionLabel("Probable, incertaine (homonymes)", "en")).toBe("Probable, uncertain (homonyms)");
    expect(precisionLabel("Région ou province (homonymes)", "en")).toBe("Region or province (homonyms)");
  });
});

describe("SDGs", () => {
  it("has the UN's English title for the 17 goals and keeps French titles", () => {
    for (let goal = 1; goal <= 17; goal++) {
      expect(sdgTitle(goal, "fr")).toBe(SDG_LABELS[goal]);
      expect(sdgTitle(goal, "en")).toBeTruthy();
      expect(sdgName(SDG_LABELS[goal], "en")).toBe(sdgTitle(goal, "en"));
    }
    expect(sdgName("Eau propre et assainissement", "en")).toBe("Clean water and sanitation");
    expect(sdgName("Objectif 13 : Lutte contre les changements climatiques", "en")).toBe("Goal 13: Climate action");
    expect(sdgName("6", "en")).toBe("Clean water and sanitation");
    expect(sdgName("Objectif 6 : Eau propre", "fr")).toBe("Objectif 6 : Eau propre");
  });
});

describe("countries", () => {
  it("names countries in English by code, in their usual form, and keeps the data's name in French", () => {
    expect(countryLabel("IT", "Italie", "en")).toBe("Italy");
    expect(countryLabel("ci", "Côte d'Ivoire", "en")).toBe("Côte d'Ivoire");
    expect(countryLabel("US", "Etats-Unis d'Amérique", "en")).toBe("United States");
    expect(countryLabel("US", "Etats-Unis d'Amérique", "fr")).toBe("Etats-Unis d'Amérique");
    expect(countryLabel("XX", "Ailleurs", "en")).toBe("Ailleurs");
  });
});

describe("content language", () => {
  it("marks fiche text as French inside English pages only", () => {
    expect(contentLang("fr")).toBeUndefined();
    expect(contentLang("en")).toBe("fr");
  });
});
