import { describe, expect, it } from "vitest";
import { parseOk, textFiche } from "./helpers";

const FUNDING = [
  "Financement du partenariat",
  "Nom du financeur Montant en euros Montant 1% Eau (Loi Oudin 2005) Année",
];

describe("funding", () => {
  it("read from the right: year last, amount first, water only when given", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        ...FUNDING,
        "Funder 3000 2021",
        "Funder 3000 500 2021",
        "Autre 0 0 2010",
        "Syndicat des eaux 2000 1 250,50 € 2019",
        "Région 12500,75 2022",
        "Ministère de l'Europe et des Affaires étrangères 25000 2012",
      ),
    );
    expect(fiche.funding).toEqual([
      { funder: "Funder", amountEur: 3000, waterAmountEur: null, year: 2021 },
      { funder: "Funder", amountEur: 3000, waterAmountEur: 500, year: 2021 },
      { funder: "Autre", amountEur: 0, waterAmountEur: 0, year: 2010 },
      { funder: "Syndicat des eaux", amountEur: 2000, waterAmountEur: 1, year: 2019 },
      { funder: "Région", amountEur: 12500.75, waterAmountEur: null, year: 2022 },
      {
        funder: "Ministère de l'Europe et des Affaires étrangères",
        amountEur: 25000,
        waterAmountEur: null,
        year: 2012,
      },
    ]);
    expect(warnings).toHaveLength(1); // the "1 250,50" row has three numbers
  });

  it("markdown cells that drift from the header", () => {
    const md = [
      "Titre",
      "T",
      FUNDING[0],
      "Nom du financeur | Montant en euros | Montant 1% Eau (Loi 2005) | Montant 1% Eau (Loi 2005) | Année |",
      "---|---|---|---|---|",
      "Clermont-Ferrand | 500928 | 2021 | | |",
      "Agence de l'eau | 1000 | 800 | 2020 | |",
    ].join("\n");
    expect(parseOk(md).fiche.funding).toEqual([
      { funder: "Clermont-Ferrand", amountEur: 500928, waterAmountEur: null, year: 2021 },
      { funder: "Agence de l'eau", amountEur: 1000, waterAmountEur: 800, year: 2020 },
    ]);
  });

  it("a cut row is kept and flagged", () => {
    const { fiche, warnings } = parseOk(textFiche(...FUNDING, "Strasbourg 26144 20"));
    expect(fiche.funding).toEqual([{ funder: "Strasbourg", amountEur: 26144, waterAmountEur: 20, year: null }]);
    expect(warnings.join()).toMatch(/no year/);
  });
});

describe("documents", () => {
  const DOCS = ["Documents", "Titre du document Taille en Ko Nom du fichier \u00a0"];
  it("title, size (Ko/kB/Mo), file name", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        ...DOCS,
        "Accord de coopération multilatérale 394.63 protocole_coop_2010-2012_PAIR.pdf commun.ico.doc.alter",
        "Plan d'action 2020 12,5 Ko plan.docx",
        "Rapport annuel 2 Mo rapport annuel 2021.pdf",
        "Photos de la mission 88 kB photos.zip",
      ),
    );
    expect(fiche.documents).toEqual([
      { title: "Accord de coopération multilatérale", sizeKb: 394.63, fileName: "protocole_coop_2010-2012_PAIR.pdf" },
      { title: "Plan d'action 2020", sizeKb: 12.5, fileName: "plan.docx" },
      { title: "Rapport annuel", sizeKb: 2048, fileName: "rapport annuel 2021.pdf" },
      { title: "Photos de la mission", sizeKb: 88, fileName: "photos.zip" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("rows without size or file are kept with a warning", () => {
    const { fiche, warnings } = parseOk(
      textFiche(...DOCS, "Convention signée convention.pdf", "Document sans fichier"),
    );
    expect(fiche.documents).toEqual([
      { title: "Convention signée", sizeKb: null, fileName: "convention.pdf" },
      { title: "Document sans fichier", sizeKb: null, fileName: null },
    ]);
    expect(warnings).toHaveLength(2);
  });
});

describe("volunteers", () => {
  const VOL = [
    "Volontaires impliqués dans le partenariat (VSI, service civique, etc.) d'Échange et de Solidarité",
    "Nom Prénom Mission Champs d'action Entité d'affectation",
  ];
  it("flattened rows: surname, first name, mission scheme, field, entity", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        ...VOL,
        "MARTIN Claire Volontariat de Solidarité Internationale Eau et assainissement Mairie de Koudougou",
        "N'DIAYE Aïssatou Service Civique Santé Centre de santé de Pikine",
        "DUPONT Jean Marc VSI Culture Alliance française de Jacmel",
      ),
    );
    expect(fiche.volunteers).toEqual([
      {
        lastName: "MARTIN",
        firstName: "Claire",
        mission: "Volontariat de Solidarité Internationale",
        field: "Eau et assainissement",
        entity: "Mairie de Koudougou",
      },
      {
        lastName: "N'DIAYE",
        firstName: "Aïssatou",
        mission: "Service Civique",
        field: "Santé",
        entity: "Centre de santé de Pikine",
      },
      {
        lastName: "DUPONT",
        firstName: "Jean Marc",
        mission: "VSI",
        field: "Culture",
        entity: "Alliance française de Jacmel",
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("unknown scheme: best reading with a warning", () => {
    const { fiche, warnings } = parseOk(textFiche(...VOL, "LEGRAND Zoé Mission courte Tourisme"));
    expect(fiche.volunteers).toEqual([
      { lastName: "LEGRAND", firstName: "Zoé", mission: "Mission courte Tourisme", field: null, entity: null },
    ]);
    expect(warnings).toHaveLength(1);
  });

  it("an empty table gives []", () => {
    expect(parseOk(textFiche(...VOL, "Documents")).fiche.volunteers).toEqual([]);
  });
});
