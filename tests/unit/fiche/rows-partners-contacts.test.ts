import { describe, expect, it } from "vitest";
import { parseOk, textFiche } from "./helpers";

const PARTNERS = ["Partenaires étrangers du partenariat", "Nom de la collectivité étrangère Pays \u00a0"];
const CONTACTS = [
  "Contacts dans les partenaires étrangers du partenariat",
  "Nom de la collectivité étrangère Nom Prénom Fonction Courriel",
];

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
