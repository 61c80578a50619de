import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { contactsToCsv } from "../../../lib/export/contacts-csv";
import type { ContactPerson } from "../../../lib/domain/contacts";

const base: ContactPerson = {
  key: "embassy-3",
  kind: "embassy",
  fullName: "Bruno AUBERT",
  firstName: "Bruno",
  lastName: "AUBERT",
  roles: ["Correspondant coopération décentralisée", "Conseiller de coopération et d'action culturelle"],
  email: "bruno.aubert@diplomatie.gouv.fr",
  organisation: "Ambassade de France à Rome",
  organisationPath: "/pays/IT",
  countryCode: "IT",
  countryName: "Italie",
  asOf: 2021,
  projects: [{ slug: "rivm", title: "Pérennisation du Réseau, « RIVM »" }],
};

const parseCsv = (text: string): string[][] => parse(text, { bom: true });

describe("contactsToCsv", () => {
  it("writes a header and one row per person, both roles of one person in one row", () => {
    const csv = contactsToCsv(
      [
        base,
        { ...base, key: "partner-2", kind: "partner", fullName: "Monica Arnaudo", roles: ["Référent RIVM de Cuneo"] },
      ],
      "https://atlas.example",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    const header = rows[0];
    expect(header).toContain("Courriel");
    const first = Object.fromEntries(header.map((h, i) => [h, rows[1][i]]));
    expect(first["Nom complet"]).toBe("Bruno AUBERT");
    expect(first.Fonction).toBe(
      "Correspondant coopération décentralisée ; Conseiller de coopération et d'action culturelle",
    );
    expect(first.Projets).toBe("Pérennisation du Réseau, « RIVM »");
    expect(first["Pages des projets"]).toBe("https://atlas.example/projets/rivm");
    expect(first["À jour de"]).toBe("2021");
    expect(rows[2][0]).toBe("Partenaire étranger");
  });

  it("keeps a value that a spreadsheet would run as a formula as text", () => {
    const rows = parseCsv(contactsToCsv([{ ...base, roles: ['=HYPERLINK("x")'] }], "https://a"));
    expect(rows[1][4]).toBe('\'=HYPERLINK("x")');
  });
});
