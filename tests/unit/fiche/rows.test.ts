import { describe, expect, it } from "vitest";
import { parseOk, textFiche } from "./helpers";

const OTHER = "Autres thématiques mises en œuvre pour le partenariat";
const OTHER_HEADER = "Thématique éligible Sous-thématique Sous-sous-thématique Priorité";
const FUNDING = [
  "Financement du partenariat",
  "Nom du financeur Montant en euros Montant 1% Eau (Loi Oudin 2005) Année",
];

describe("other thematics", () => {
  it("flattened rows are split with the taxonomy", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        OTHER,
        OTHER_HEADER,
        "Economie durable Aménagement du territoire et transports Planification et développement urbain 1",
        "Economie durable Attractivité des territoires Pôles de compétitivité, clusters, filières 2",
        "Education, Social et Recherche Coopération universitaire, scientifique et recherche 3",
        "Culture et Patrimoine 4",
        "Environnement, Climat et Energie Eau et assainissement Accès à l'eau potable",
      ),
    );
    expect(fiche.otherThematics).toEqual([
      {
        theme: "Economie durable",
        subTheme: "Aménagement du territoire et transports",
        subSubTheme: "Planification et développement urbain",
        priority: 1,
      },
      {
        theme: "Economie durable",
        subTheme: "Attractivité des territoires",
        subSubTheme: "Pôles de compétitivité, clusters, filières",
        priority: 2,
      },
      {
        theme: "Education, Social et Recherche",
        subTheme: "Coopération universitaire, scientifique et recherche",
        subSubTheme: null,
        priority: 3,
      },
      { theme: "Culture et Patrimoine", subTheme: null, subSubTheme: null, priority: 4 },
      {
        theme: "Environnement, Climat et Energie",
        subTheme: "Eau et assainissement",
        subSubTheme: "Accès à l'eau potable",
        priority: null,
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("matching is accent- and case-insensitive but keeps the fiche's spelling", () => {
    const { fiche } = parseOk(textFiche(OTHER, "ÉCONOMIE DURABLE Amenagement du territoire et transports 1"));
    expect(fiche.otherThematics[0]).toEqual({
      theme: "ÉCONOMIE DURABLE",
      subTheme: "Amenagement du territoire et transports",
      subSubTheme: null,
      priority: 1,
    });
  });

  it("rows outside the vocabulary get a best reading and a warning, never dropped", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        OTHER,
        "Economie durable Economie bleue et portuaire 1",
        "Sciences participatives Observatoires citoyens 2",
        "Thème inconnu Jeunesse & genre Mobilité des jeunes 3",
      ),
    );
    expect(fiche.otherThematics).toEqual([
      { theme: "Economie durable", subTheme: "Economie bleue et portuaire", subSubTheme: null, priority: 1 },
      { theme: "Sciences participatives Observatoires citoyens", subTheme: null, subSubTheme: null, priority: 2 },
      { theme: "Thème inconnu", subTheme: "Jeunesse & genre", subSubTheme: "Mobilité des jeunes", priority: 3 },
    ]);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^otherThematics: row "Economie durable Economie bleue/);
  });

  it("markdown: missing sub-sub-theme shifts the priority left", () => {
    const md = [
      "Titre",
      "T",
      OTHER,
      "Thématique éligible | Sous-thématique | Sous-sous-thématique | Priorité |",
      "---|---|---|---|",
      "Education, Social et Recherche | Coopération universitaire, scientifique et recherche | 1 | |",
      "Culture et Patrimoine | Patrimoine | Musées | 2 |",
      "Culture et Patrimoine | Infrastructures, équipements et manifestations culturelles | 5 |",
    ].join("\n");
    const { fiche } = parseOk(md);
    expect(fiche.format).toBe("markdown");
    expect(fiche.otherThematics).toEqual([
      {
        theme: "Education, Social et Recherche",
        subTheme: "Coopération universitaire, scientifique et recherche",
        subSubTheme: null,
        priority: 1,
      },
      { theme: "Culture et Patrimoine", subTheme: "Patrimoine", subSubTheme: "Musées", priority: 2 },
      {
        theme: "Culture et Patrimoine",
        subTheme: "Infrastructures, équipements et manifestations culturelles",
        subSubTheme: null,
        priority: 5,
      },
    ]);
  });
});

describe("tab-separated rows in the text layout keep their cells", () => {
  it("tabs are cell boundaries", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        OTHER,
        "Thématique éligible\tSous-thématique\tSous-sous-thématique\tPriorité",
        "Sciences participatives\tObservatoires citoyens\t\t2",
        ...FUNDING,
        "Ville de Lyon 2030\t5000\t\t2021",
      ),
    );
    expect(fiche.format).toBe("text");
    expect(fiche.otherThematics).toEqual([
      { theme: "Sciences participatives", subTheme: "Observatoires citoyens", subSubTheme: null, priority: 2 },
    ]);
    expect(fiche.funding).toEqual([
      { funder: "Ville de Lyon 2030", amountEur: 5000, waterAmountEur: null, year: 2021 },
    ]);
    expect(warnings).toEqual([]);
  });
});

describe("SDGs", () => {
  const SDG = ["Objectifs de développement durable - ODD", "Objectif Priorité"];
  it("text rows", () => {
    const { fiche } = parseOk(
      textFiche(
        ...SDG,
        "11 - Villes et communautés durables 2",
        "17 - Partenariats pour la réalisation des objectifs 1",
        "4 - Éducation de qualité",
      ),
    );
    expect(fiche.sdgs).toEqual([
      { goal: 11, label: "Villes et communautés durables", priority: 2 },
      { goal: 17, label: "Partenariats pour la réalisation des objectifs", priority: 1 },
      { goal: 4, label: "Éducation de qualité", priority: null },
    ]);
  });

  it("markdown rows, with the number in its own cell or missing", () => {
    const md = [
      "Titre",
      "T",
      SDG[0],
      "Objectif | Priorité |",
      "---|---|",
      "11 - Villes et communautés durables | 2 |",
      "6 | Eau propre et assainissement | 1 |",
      "Vie terrestre | 3 |",
    ].join("\n");
    expect(parseOk(md).fiche.sdgs).toEqual([
      { goal: 11, label: "Villes et communautés durables", priority: 2 },
      { goal: 6, label: "Eau propre et assainissement", priority: 1 },
      { goal: 15, label: "Vie terrestre", priority: 3 },
    ]);
  });

  it("an unreadable goal is reported (the contract needs 1..17)", () => {
    const { fiche, warnings } = parseOk(textFiche(SDG[0], "42 - Inconnu 1"));
    expect(fiche.sdgs).toEqual([]);
    expect(warnings.join()).toMatch(/sdgs/);
  });
});
