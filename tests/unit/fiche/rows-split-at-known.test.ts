import { describe, expect, it } from "vitest";
import { parseOk, textFiche } from "./helpers";

/**
 * Issue 12: flattened rows are cut at the known labels, not at the first word that happens to
 * be one, and an e-mail is the e-mail wherever the row puts it.
 */

const OTHER = "Autres thématiques mises en œuvre pour le partenariat";
const CONTACTS = [
  "Contacts dans les partenaires étrangers du partenariat",
  "Nom de la collectivité étrangère Nom Prénom Fonction Courriel",
];
const PARTNERS = [
  "Partenaires étrangers du partenariat",
  "Nom de la collectivité étrangère Pays",
  "El Jem Tunisie",
  "Ville de Montréal Canada",
];

describe("a theme whose name contains a comma", () => {
  it("is cut at the whole known theme, not at its first word (itself a theme)", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        OTHER,
        "Education, Social et Recherche Coopération avec les diasporas 2",
        "Education Social et Recherche Jeunesse 3",
        "Environnement, Climat et Energie Sciences participatives 4",
      ),
    );
    expect(fiche.otherThematics).toEqual([
      {
        theme: "Education, Social et Recherche",
        subTheme: "Coopération avec les diasporas",
        subSubTheme: null,
        priority: 2,
      },
      { theme: "Education Social et Recherche", subTheme: "Jeunesse", subSubTheme: null, priority: 3 },
      {
        theme: "Environnement, Climat et Energie",
        subTheme: "Sciences participatives",
        subSubTheme: null,
        priority: 4,
      },
    ]);
    expect(warnings).toHaveLength(3); // sub-themes outside the vocabulary are still reported
  });

  it("commas between the labels are separators, not part of them", () => {
    const { fiche, warnings } = parseOk(
      textFiche(
        OTHER,
        "Environnement, Climat et Energie, Eau et assainissement, Accès à l'eau potable 1",
        "Education, Social et Recherche , Santé 2",
      ),
    );
    expect(fiche.otherThematics).toEqual([
      {
        theme: "Environnement, Climat et Energie",
        subTheme: "Eau et assainissement",
        subSubTheme: "Accès à l'eau potable",
        priority: 1,
      },
      { theme: "Education, Social et Recherche", subTheme: "Santé", subSubTheme: null, priority: 2 },
    ]);
    expect(warnings).toEqual([]);
  });
});

describe("an e-mail in a contact row", () => {
  it("flattened: found wherever it sits, the rest read without it", () => {
    const { fiche } = parseOk(
      textFiche(
        ...PARTNERS,
        ...CONTACTS,
        "El Jem AKROUT Ali ali.akrout@eljem.tn Maire",
        "El Jem ali.akrout@eljem.tn AKROUT Ali Maire",
        "Ville de Montréal TREMBLAY m.tremblay[at]montreal.ca Marie Directrice des relations internationales",
      ),
    );
    expect(fiche.foreignContacts).toEqual([
      { partner: "El Jem", lastName: "AKROUT", firstName: "Ali", role: "Maire", email: "ali.akrout@eljem.tn" },
      { partner: "El Jem", lastName: "AKROUT", firstName: "Ali", role: "Maire", email: "ali.akrout@eljem.tn" },
      {
        partner: "Ville de Montréal",
        lastName: "TREMBLAY",
        firstName: "Marie",
        role: "Directrice des relations internationales",
        email: "m.tremblay@montreal.ca",
      },
    ]);
  });

  it("cells: an e-mail out of its column goes to the e-mail, the other cells close up", () => {
    const md = [
      "Titre",
      "T",
      CONTACTS[0],
      "Nom de la collectivité étrangère | Nom | Prénom | Fonction | Courriel |",
      "---|---|---|---|---|",
      "Oyem | NA | NA | mairieoyem@gmail.com | Référent RIVM d'Oyem |",
      "El Jem | AKROUT | ali.akrout@eljem.tn | Ali | Maire |",
      "Bangkok | na | na | NA | international.bangkok[at]gmail.com |",
    ].join("\n");
    expect(parseOk(md).fiche.foreignContacts).toEqual([
      { partner: "Oyem", lastName: null, firstName: null, role: "Référent RIVM d'Oyem", email: "mairieoyem@gmail.com" },
      { partner: "El Jem", lastName: "AKROUT", firstName: "Ali", role: "Maire", email: "ali.akrout@eljem.tn" },
      { partner: "Bangkok", lastName: null, firstName: null, role: null, email: "international.bangkok@gmail.com" },
    ]);
  });
});
