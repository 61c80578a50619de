import { describe, expect, it } from "vitest";
import { parseOk, textFiche } from "./helpers";

describe("page furniture is ignored", () => {
  const breadcrumbs = [
    "Accueil > ???menu.atlas.libelle??? > ???menu.atlas.detailProjet.libelle???",
    "Accueil > Atlas > Détail projet",
    "Accueil > Atlas et Bourse partenariats > Détail projet",
    "Accueil › Atlas › Détail projet",
  ];
  for (const crumb of breadcrumbs) {
    it(`breadcrumb ${crumb}`, () => {
      const { fiche } = parseOk([crumb, "Titre", "T", "Contexte", "Texte.", crumb].join("\n"));
      expect(fiche.context).toBe("Texte.");
    });
  }

  const paginations = [
    ["<< < pagination.page.precedent 1 pagination.page.suivant > >>"],
    ["<<", "< pagination.page.precedent", "1", "pagination.page.suivant >", ">>"],
    ["Précédent", "1", "Suivant"],
    ["« Précédent 1 2 Suivant »"],
    ["Précédent", "1", "2", "3", "Suivant"],
  ];
  for (const widget of paginations) {
    it(`pagination ${JSON.stringify(widget)}`, () => {
      const { fiche, warnings } = parseOk(
        textFiche(
          "Autres thématiques mises en œuvre pour le partenariat",
          "Thématique éligible Sous-thématique Sous-sous-thématique Priorité",
          "Culture et Patrimoine Patrimoine 1",
          ...widget,
          "Contexte",
          "Texte.",
          ...widget,
        ),
      );
      expect(fiche.otherThematics).toEqual([
        { theme: "Culture et Patrimoine", subTheme: "Patrimoine", subSubTheme: null, priority: 1 },
      ]);
      expect(fiche.context).toBe("Texte.");
      expect(warnings).toEqual([]);
    });
  }

  it("a number in free text is kept when no pagination marker touches it", () => {
    expect(parseOk(textFiche("Contexte", "Trois axes :", "1", "Eau")).fiche.context).toBe("Trois axes :\n1\nEau");
  });

  it("site banner, footer and evaluation block", () => {
    const { fiche } = parseOk(
      [
        "Atlas français de la coopération décentralisée et des autres actions extérieures",
        "Titre",
        "T",
        "Documents",
        "Titre du document Taille en Ko Nom du fichier",
        "Évaluations, communication et perspectives",
        "Une communication a été engagée en France",
        "PIED DE PAGE",
        "Tous droits réservés - Ministère de l'Europe et des Affaires étrangères 2013",
      ].join("\n"),
    );
    expect(fiche.documents).toEqual([]);
    expect(fiche.title).toBe("T");
  });
});

describe("section splitting", () => {
  it("a label repeated before content is one section (Contexte\\nContexte)", () => {
    expect(parseOk(textFiche("Contexte", "Contexte", "Texte.")).fiche.context).toBe("Texte.");
  });

  it("a text section keeps a line equal to the label of a section already read", () => {
    const { fiche } = parseOk(
      textFiche("Contexte", "C.", "Historique", "H.", "Description détaillée du partenariat", "Historique", "Suite."),
    );
    expect(fiche.description).toBe("Historique\nSuite.");
    expect(fiche.history).toBe("H.");
  });

  it("free text: trimmed lines, blank lines dropped, own label not repeated", () => {
    const { fiche } = parseOk(
      textFiche(
        "Objectif du partenariat",
        "  Objectifs locaux :  ",
        "",
        "\u00a0",
        "1.Faire  ceci\u00a0;",
        "",
        "Objectifs en France :",
      ),
    );
    expect(fiche.objectives).toBe("Objectifs locaux :\n1.Faire ceci ;\nObjectifs en France :");
  });

  it("empty sections are null, labels without values too", () => {
    const { fiche } = parseOk(
      textFiche(
        "Maître(s) d'œuvre",
        "Maître(s) d'ouvrage",
        "Ville A, Ville B",
        "Date de fin du partenariat",
        "Contexte",
        "NA",
      ),
    );
    expect(fiche).toMatchObject({
      projectManagers: null,
      contractingAuthorities: "Ville A, Ville B",
      endDate: null,
      context: null,
    });
  });

  it("thematic: all three levels, or null without a theme", () => {
    const full = parseOk(
      textFiche(
        "Thématique d'intervention",
        "Santé",
        "Sous-thématique d'intervention",
        "Accès aux soins",
        "Sous-sous-thématique d'intervention",
        "na",
      ),
    );
    expect(full.fiche.thematic).toEqual({ theme: "Santé", subTheme: "Accès aux soins", subSubTheme: null });
    expect(parseOk(textFiche()).fiche.thematic).toBeNull();
  });

  it("an unreadable date or year is null with a warning", () => {
    const { fiche, warnings } = parseOk(
      textFiche("Date de fin du partenariat", "bientôt", "Année de début du partenariat", "inconnue"),
    );
    expect(fiche.endDate).toBeNull();
    expect(fiche.startYear).toBeNull();
    expect(warnings.join("\n")).toMatch(/endDate/);
    expect(warnings.join("\n")).toMatch(/startYear/);
  });

  it("all keys present, in the contract's order, even for a bare fiche", () => {
    const { fiche } = parseOk("Titre\nSeulement un titre");
    expect(Object.keys(fiche)).toEqual([
      "format",
      "title",
      "conventionYear",
      "thematic",
      "otherThematics",
      "sdgs",
      "startYear",
      "status",
      "endDate",
      "context",
      "history",
      "objectives",
      "description",
      "partnershipForm",
      "projectManagers",
      "contractingAuthorities",
      "beneficiaries",
      "foreignPartners",
      "foreignContacts",
      "frenchPartners",
      "triennial",
      "funding",
      "volunteers",
      "documents",
      "embassyPosts",
    ]);
    expect(fiche.embassyPosts).toEqual([]);
  });
});
