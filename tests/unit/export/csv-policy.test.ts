import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "../../../lib/export/csv";
import { projectsToCsv, type ProjectExportItem } from "../../../lib/export/projects";

const parseCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: true });

const project: ProjectExportItem = {
  id: 7,
  title: "Eau potable à Dschang",
  url: "https://atlas.example/projets/eau-dschang",
  startYear: 2019,
  conventionYear: null,
  endDate: null,
  status: "En cours",
  thematic: "Eau et assainissement",
  frenchPartners: ["Nantes"],
  countries: ["Cameroun"],
  countryCodes: ["CM"],
};

describe("the CSV policy", () => {
  it.each(["=1+1", "+33 1 23", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "keeps %j as text with a leading apostrophe",
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it("leaves other text alone, including a formula character later in the cell", () => {
    for (const value of ["Nantes", "a=b", " =1", "Saint-Étienne", ""]) expect(neutraliseFormula(value)).toBe(value);
  });

  it("writes a byte-order mark, the header, numbers as numbers and null as an empty cell", () => {
    const csv = toCsv(["Texte", "Nombre", "Vide"], [["=cmd", -5, null]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ["Texte", "Nombre", "Vide"],
      ["'=cmd", "-5", ""],
    ]);
  });
});

describe("projectsToCsv", () => {
  it("protects a title, a partner and a status that a spreadsheet would run as formulas", () => {
    const hostile = {
      ...project,
      title: '=HYPERLINK("http://evil","x")',
      frenchPartners: ["@Nantes", "Rezé"],
      status: "-1+1",
      thematic: "+cmd",
    };
    const [header, row] = parseCsv(projectsToCsv([hostile]));
    const cell = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(cell.Titre).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(cell["Collectivités françaises"]).toBe("'@Nantes ; Rezé");
    expect(cell.Statut).toBe("'-1+1");
    expect(cell.Thématique).toBe("'+cmd");
    expect(cell.Identifiant).toBe("7");
  });

  it("writes ordinary projects unchanged, with empty cells for missing values", () => {
    const [header, row] = parseCsv(projectsToCsv([project]));
    const cell = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(cell).toMatchObject({
      Titre: "Eau potable à Dschang",
      "Pays partenaires": "Cameroun",
      "Année de signature": "",
      Page: project.url,
    });
  });
});
