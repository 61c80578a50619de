import { describe, expect, it } from "vitest";
import { parseOk, textFiche } from "./helpers";

const OTHER = "Autres thématiques mises en œuvre pour le partenariat";
const OTHER_HEADER = "Thématique éligible Sous-thématique Sous-sous-thématique Priorité";
const PARTNERS = ["Partenaires étrangers du partenariat", "Nom de la collectivité étrangère Pays \u00a0"];
const CONTACTS = [
  "Contacts dans les partenaires étrangers du partenariat",
  "Nom de la collectivité étrangère Nom Prénom Fonction Courriel",
];
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

describe("foreign partners", () => {
  it("country split from the right with French country names", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        ...PARTNERS,
        "Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie Canada commun.ico.loupe.alter",
        "Norman Etats-Unis d'Amérique commun.ico.loupe.alter",
        "Salford Royaume-Uni",
        "Gomel Bélarus",
        "Commune de Kinshasa République démocratique du Congo",
        "Province de Guinée Guinée-Bissau",
      ),
    );
    expect(fiche.foreignPartners).toEqual([
      { name: "Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie", country: "Canada" },
      { name: "Norman", country: "Etats-Unis d'Amérique" },
      { name: "Salford", country: "Royaume-Uni" },
      { name: "Gomel", country: "Bélarus" },
      { name: "Commune de Kinshasa", country: "République démocratique du Congo" },
      { name: "Province de Guinée", country: "Guinée-Bissau" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("an unknown country keeps the row as a name, with a warning", () => {
    const { fiche, warnings } = parseOk(textFiche(...PARTNERS, "Ville de Nulle-Part Atlantide"));
    expect(fiche.foreignPartners).toEqual([{ name: "Ville de Nulle-Part Atlantide", country: null }]);
    expect(warnings).toHaveLength(1);
  });

  it("French partners drop icon alt-texts", () => {
    const { fiche } = parseOk(
      textFiche(
        "Collectivités territoriales partenaires du partenariat",
        "Nom de la collectivité territoriale \u00a0",
        "Romans sur Isère commun.ico.loupe.alter",
        "Région Auvergne-Rhône-Alpes",
      ),
    );
    expect(fiche.frenchPartners).toEqual(["Romans sur Isère", "Région Auvergne-Rhône-Alpes"]);
  });
});

describe("foreign contacts", () => {
  const partners = [
    ...PARTNERS,
    "Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie Canada",
    "Ville de Montréal Canada",
    "El Jem Tunisie",
  ];

  it("partner prefix (longest), capitalised surname, first name up to the role, e-mail last", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        ...partners,
        ...CONTACTS,
        "Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie SIMONEAU Jean-François Conseiller en planification - gestion de projets jean-francois.simoneau@montreal.ca",
        "Ville de Montréal TREMBLAY Marie Claire Directrice des relations internationales m.tremblay[at]montreal.ca",
        "El Jem AKROUT Ali ali.eljem@yahoo.fr",
        "El Jem NA NA Maire mairie@eljem.tn",
        "El Jem BEN SALAH Mohamed",
      ),
    );
    expect(fiche.foreignContacts).toEqual([
      {
        partner: "Ville de Montréal, Arrondissement de Rosemont-La Petite-Patrie",
        lastName: "SIMONEAU",
        firstName: "Jean-François",
        role: "Conseiller en planification - gestion de projets",
        email: "jean-francois.simoneau@montreal.ca",
      },
      {
        partner: "Ville de Montréal",
        lastName: "TREMBLAY",
        firstName: "Marie Claire",
        role: "Directrice des relations internationales",
        email: "m.tremblay@montreal.ca",
      },
      { partner: "El Jem", lastName: "AKROUT", firstName: "Ali", role: null, email: "ali.eljem@yahoo.fr" },
      { partner: "El Jem", lastName: null, firstName: null, role: "Maire", email: "mairie@eljem.tn" },
      { partner: "El Jem", lastName: "BEN SALAH", firstName: "Mohamed", role: null, email: null },
    ]);
    expect(warnings).toEqual([]);
  });

  it("uncertain splits keep a best reading and warn", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        ...CONTACTS,
        "Commune de Tiassalé KOUASSI Yao Gestion du jumelage kouassi@tiassale.ci",
        "Cuneo Arnaudo Monica Référent RIVM de Cuneo monica.arnaudo@comune.cuneo.it",
      ),
    );
    expect(fiche.foreignContacts).toEqual([
      {
        partner: "Commune de Tiassalé",
        lastName: "KOUASSI",
        firstName: "Yao",
        role: "Gestion du jumelage",
        email: "kouassi@tiassale.ci",
      },
      {
        partner: "Cuneo",
        lastName: "Arnaudo",
        firstName: "Monica",
        role: "Référent RIVM de Cuneo",
        email: "monica.arnaudo@comune.cuneo.it",
      },
    ]);
    expect(warnings).toHaveLength(2);
  });

  it("cells are positional with NA placeholders", () => {
    const md = [
      "Titre",
      "T",
      CONTACTS[0],
      "Nom de la collectivité étrangère | Nom | Prénom | Fonction | Courriel |",
      "---|---|---|---|---|",
      "Oyem | NA | NA | Référent RIVM d'Oyem | mairieoyem@gmail.com |",
      "Bangkok | na | na | NA | international.bangkok[at]gmail.com |",
    ].join("\n");
    expect(parseOk(md).fiche.foreignContacts).toEqual([
      { partner: "Oyem", lastName: null, firstName: null, role: "Référent RIVM d'Oyem", email: "mairieoyem@gmail.com" },
      { partner: "Bangkok", lastName: null, firstName: null, role: null, email: "international.bangkok@gmail.com" },
    ]);
  });
});

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
