import { describe, expect, it } from "vitest";
import { parseOk } from "./helpers";

const withTitle = (...lines: string[]) => [...lines, "Titre", "T"].join("\n");

describe("embassy posts", () => {
  it("no contacts block → []", () => {
    expect(parseOk("Titre\nT\nContexte\nC.").fiche.embassyPosts).toEqual([]);
  });

  it("several posts, 'Pas de …' posts have no contacts, duplicated lines tolerated", () => {
    const { fiche, warnings } = parseOk(
      withTitle(
        'Contacts dans le poste diplomatique "Ambassade de France à Rome"',
        "Correspondant coopération décentralisée",
        "Bruno AUBERT",
        "Courriel :",
        "bruno.aubert[at]diplomatie.gouv.fr",
        "Conseiller de coopération et d'action culturelle",
        "Bruno AUBERT",
        "Courriel :",
        "bruno.aubert[at]diplomatie.gouv.fr",
        'Contacts dans le poste diplomatique "Ambassade de France à Tokyo"',
        "Pas de correspondant coopération décentralisée",
        "Pas de conseiller de coopération et d'action culturelle",
        "Pas de conseiller de coopération et d'action culturelle",
        'Contacts dans le poste diplomatique "Consulat général de France à Québec"',
        "Pas de correspondant coopération décentralisée",
        "Conseiller de coopération et d'action culturelle",
        "Anne-Marie LEBLANC",
        "Courriel : anne-marie.leblanc[at]diplomatie.gouv.fr",
      ),
    );
    expect(fiche.embassyPosts).toEqual([
      {
        post: "Ambassade de France à Rome",
        contacts: [
          { role: "correspondent", name: "Bruno AUBERT", email: "bruno.aubert@diplomatie.gouv.fr" },
          { role: "counsellor", name: "Bruno AUBERT", email: "bruno.aubert@diplomatie.gouv.fr" },
        ],
      },
      { post: "Ambassade de France à Tokyo", contacts: [] },
      {
        post: "Consulat général de France à Québec",
        contacts: [{ role: "counsellor", name: "Anne-Marie LEBLANC", email: "anne-marie.leblanc@diplomatie.gouv.fr" }],
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("a correspondent heading with an empty Courriel and no name gives no contact", () => {
    const { fiche, warnings } = parseOk(
      withTitle(
        'Contacts dans le poste diplomatique "Ambassade de France au Niger"',
        "Correspondant coopération décentralisée",
        "Courriel : ",
        "\u00a0",
        "Conseiller de coopération et d'action culturelle",
        "Jean DURAND",
        "Courriel : jean.durand[at]diplomatie.gouv.fr",
      ),
    );
    expect(fiche.embassyPosts[0].contacts).toEqual([
      { role: "counsellor", name: "Jean DURAND", email: "jean.durand@diplomatie.gouv.fr" },
    ]);
    expect(warnings).toEqual([]);
  });

  it("a named contact without e-mail keeps email null", () => {
    const { fiche } = parseOk(
      withTitle(
        'Contacts dans le poste diplomatique "Ambassade de France au Chili"',
        "Correspondant coopération décentralisée",
        "Luis PÉREZ",
        "Courriel :",
      ),
    );
    expect(fiche.embassyPosts[0].contacts).toEqual([{ role: "correspondent", name: "Luis PÉREZ", email: null }]);
  });

  it("post name on the line after the heading", () => {
    const { fiche } = parseOk(
      withTitle(
        "Contacts dans le poste diplomatique",
        "Ambassade de France en Inde",
        "Pas de correspondant coopération décentralisée",
      ),
    );
    expect(fiche.embassyPosts).toEqual([{ post: "Ambassade de France en Inde", contacts: [] }]);
  });

  it("an e-mail without a name is reported, not invented", () => {
    const { fiche, warnings } = parseOk(
      withTitle(
        'Contacts dans le poste diplomatique "Ambassade de France au Togo"',
        "Correspondant coopération décentralisée",
        "Courriel : x[at]diplomatie.gouv.fr",
      ),
    );
    expect(fiche.embassyPosts[0].contacts).toEqual([]);
    expect(warnings.join()).toMatch(/without a name/);
  });
});
