import { describe, expect, it } from "vitest";
import { canonicalLabel } from "@/lib/fiche/canonical-label";
import { matchEmbassyHeading, matchInlineLabel, matchLabel, matchTriennial } from "@/lib/fiche/labels";
import { parseOk, textFiche } from "./helpers";

describe("label variants", () => {
  const cases: [string, string][] = [
    ["Titre", "title"],
    ["Année de première signature de la convention", "conventionYear"],
    ["Année de signature de la convention", "conventionYear"],
    ["Année de signature de la convention ou de la lettre d'intention", "conventionYear"],
    ["Année de début du partenariat", "startYear"],
    ["Année de début de projet", "startYear"],
    ["Le partenariat est", "status"],
    ["Le partenariat est :", "status"],
    ["Le projet est", "status"],
    ["Date de fin du partenariat", "endDate"],
    ["Date de fin du projet", "endDate"],
    ["Contexte", "context"],
    ["Contexte et historique", "context"],
    ["Historique", "history"],
    ["Objectif du partenariat", "objectives"],
    ["Objectif du projet", "objectives"],
    ["Description détaillée du partenariat", "description"],
    ["Description détaillée du projet", "description"],
    ["Votre partenariat prend la forme d'un(e)", "partnershipForm"],
    ["Votre projet prend la forme d'un(e)", "partnershipForm"],
    ["Maître(s) d'œuvre", "projectManagers"],
    ["Maître(s) d'ouvrage", "contractingAuthorities"],
    ["Bénéficiaire(s)", "beneficiaries"],
    ["Partenaires étrangers du partenariat", "foreignPartners"],
    ["Partenaires étrangers du projet", "foreignPartners"],
    ["Contacts dans les partenaires étrangers du partenariat", "foreignContacts"],
    ["Contacts dans les partenaires étrangers du projet", "foreignContacts"],
    ["Collectivités territoriales partenaires du partenariat", "frenchPartners"],
    ["Collectivités territoriales partenaires du projet", "frenchPartners"],
    ["Financement du partenariat", "funding"],
    ["Financement du projet", "funding"],
    ["Autres thématiques mises en œuvre pour le partenariat", "otherThematics"],
    ["Autres thématiques mises en œuvre pour le projet", "otherThematics"],
    ["Objectifs de développement durable - ODD", "sdgs"],
    ["Volontaires impliqués dans le partenariat (VSI, service civique, etc.) d'Échange et de Solidarité", "volunteers"],
    ["Volontaires impliqués dans le projet (VSI, service civique, etc.) d'Échange et de Solidarité", "volunteers"],
    ["Documents", "documents"],
    ["Thématique d'intervention", "theme"],
    ["Sous-thématique d'intervention", "subTheme"],
    ["Sous-sous-thématique d'intervention", "subSubTheme"],
  ];
  for (const [label, key] of cases) {
    it(`${label} → ${key}`, () => expect(matchLabel(label)?.key).toBe(key));
  }

  it("tolerates case, accents, ':' suffixes, spacing and apostrophes", () => {
    expect(matchLabel("ANNEE DE DEBUT DU PARTENARIAT :")?.key).toBe("startYear");
    expect(matchLabel("Date  de fin\u00a0du projet:")?.key).toBe("endDate");
    expect(matchLabel("Votre partenariat prend la forme d’un(e) :")?.key).toBe("partnershipForm");
    expect(matchLabel("Maitre d'oeuvre")?.key).toBe("projectManagers");
    expect(matchLabel("Maîtres d’ouvrage")?.key).toBe("contractingAuthorities");
    expect(matchLabel("Bénéficiaires :")?.key).toBe("beneficiaries");
    expect(matchLabel("Objectifs du projet")?.key).toBe("objectives");
    expect(matchLabel("Titre :")?.key).toBe("title");
  });

  it("does not take ordinary lines or table headers for labels", () => {
    expect(matchLabel("Objectifs locaux :")).toBeNull();
    expect(matchLabel("Historique des coopérations")).toBeNull();
    expect(matchLabel("Titre du document Taille en Ko Nom du fichier")).toBeNull();
    expect(matchLabel("Le partenariat est triennal")).toBeNull();
    expect(matchLabel("Objectif de l’action : Il s’agit d’abord")).toBeNull();
  });

  it("canonical form merges projet/partenariat and plurals", () => {
    expect(canonicalLabel("Le projet est")).toBe(canonicalLabel("Le partenariat est :"));
    expect(canonicalLabel("Autres thématiques")).toBe(canonicalLabel("autre THEMATIQUE"));
  });

  it("triennial statements", () => {
    expect(matchTriennial("Le partenariat est triennal")).toBe(true);
    expect(matchTriennial("Le partenariat n'est pas triennal")).toBe(false);
    expect(matchTriennial("Le projet est triennal")).toBe(true);
    expect(matchTriennial("Le projet n’est pas triennal")).toBe(false);
    expect(matchTriennial("Le partenariat est")).toBeNull();
  });

  it("embassy headings", () => {
    expect(matchEmbassyHeading('Contacts dans le poste diplomatique "Ambassade de France à Ottawa"')).toBe(
      "Ambassade de France à Ottawa",
    );
    expect(matchEmbassyHeading("Contacts dans le poste diplomatique « Ambassade de France à Rome »")).toBe(
      "Ambassade de France à Rome",
    );
    expect(matchEmbassyHeading("Contacts dans le poste diplomatique : Consulat général de France à Québec")).toBe(
      "Consulat général de France à Québec",
    );
    expect(matchEmbassyHeading("Contacts dans le poste diplomatique")).toBe("");
    expect(matchEmbassyHeading("Contacts dans les partenaires étrangers du partenariat")).toBeNull();
  });

  it("inline 'Label : value' only for scalar labels", () => {
    expect(matchInlineLabel("Le partenariat est : En cours")).toMatchObject({
      match: { key: "status" },
      value: "En cours",
    });
    expect(matchInlineLabel("Titre : Projet X")).toMatchObject({ match: { key: "title" }, value: "Projet X" });
    expect(matchInlineLabel("Contexte : un texte libre")).toBeNull();
  });
});

describe("label variants end to end", () => {
  it("old form labels", () => {
    const { fiche } = parseOk(
      textFiche(
        "Année de signature de la convention ou de la lettre d'intention",
        "2005",
        "Année de début de projet",
        "2006",
        "Le projet est",
        "Terminé",
        "Date de fin du projet",
        "15/09/2008",
        "Objectif du projet",
        "Former les agents.",
        "Description détaillée du projet",
        "Des ateliers.",
        "Le projet n'est pas triennal",
      ),
    );
    expect(fiche).toMatchObject({
      conventionYear: 2005,
      startYear: 2006,
      status: "Terminé",
      endDate: "2008-09-15",
      objectives: "Former les agents.",
      description: "Des ateliers.",
      triennial: false,
    });
  });

  it("new form labels", () => {
    const { fiche } = parseOk(
      textFiche(
        "Année de première signature de la convention",
        "2019",
        "Le partenariat est :",
        "En cours",
        "Contexte et historique",
        "Un contexte.",
        "Le partenariat est triennal",
      ),
    );
    expect(fiche).toMatchObject({
      conventionYear: 2019,
      status: "En cours",
      context: "Un contexte.",
      history: null,
      triennial: true,
    });
  });

  it("inline values and the triennial question form", () => {
    const { fiche } = parseOk(
      [
        "Titre : Projet inline",
        "Le projet est : Terminé",
        "Année de début de projet : 2011",
        "Partenariat triennal",
        "Oui",
      ].join("\n"),
    );
    expect(fiche).toMatchObject({ title: "Projet inline", status: "Terminé", startYear: 2011, triennial: true });
  });

  it("a missing triennial statement is null", () => {
    expect(parseOk(textFiche()).fiche.triennial).toBeNull();
  });
});
