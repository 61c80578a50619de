import { describe, expect, it } from "vitest";
import { detectFormat } from "@/lib/fiche";
import { readHtml } from "@/lib/fiche/readers/html";
import { parseOk, readFixture, SEED_IDS, seedText } from "./helpers";

const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>Titre</title><style>p{}</style></head><body>${body}</body></html>`;

describe("html layout", () => {
  it("label/value divs, h3 + p, dl/dt/dd and th/td rows all read the same", () => {
    const variants = [
      '<div class="label">Titre</div><div class="valeur">Projet A</div><div class="label">Année de début du partenariat</div><div class="valeur">2020</div>',
      "<h3>Titre</h3><p>Projet A</p><h3>Année de début du partenariat</h3><p>2020</p>",
      "<dl><dt>Titre :</dt><dd>Projet A</dd><dt>Année de début du partenariat :</dt><dd>2020</dd></dl>",
      "<table><tr><th>Titre</th><td>Projet A</td></tr><tr><th>Année de début du partenariat</th><td>2020</td></tr></table>",
      '<p><span class="x">Titre :</span> Projet A</p><p><b>Année de début du partenariat</b> 2020</p>',
      "<p>Titre : Projet A<br>Année de début du partenariat : 2020</p>",
    ];
    for (const body of variants) {
      const { fiche } = parseOk(page(body));
      expect(fiche.format, body).toBe("html");
      expect({ title: fiche.title, startYear: fiche.startYear }, body).toEqual({ title: "Projet A", startYear: 2020 });
    }
  });

  it("paragraphs and <br> in a value become lines; entities are decoded", () => {
    const { fiche } = parseOk(
      page(
        "<h3>Titre</h3><p>A &amp; B</p><h3>Contexte</h3><div><p>Un&nbsp;:  premier</p><p>&nbsp;</p><p>deux<br/>trois</p></div>",
      ),
    );
    expect(fiche.title).toBe("A & B");
    expect(fiche.context).toBe("Un : premier\ndeux\ntrois");
  });

  it("tables are read as cells; header rows, icons and empty cells are skipped", () => {
    const { fiche } = parseOk(
      page(
        `<h3>Titre</h3><p>T</p><h3>Partenaires étrangers du partenariat</h3>
         <table><thead><tr><th>Nom de la collectivité étrangère</th><th>Pays</th><th></th></tr></thead>
         <tbody><tr><td>Ville de Québec</td><td>Canada</td><td><img alt="commun.ico.loupe.alter" src="l.png"></td></tr>
         <tr><td>Commune de Dakar, Plateau</td><td>Sénégal</td><td></td></tr></tbody></table>`,
      ),
    );
    expect(fiche.foreignPartners).toEqual([
      { name: "Ville de Québec", country: "Canada" },
      { name: "Commune de Dakar, Plateau", country: "Sénégal" },
    ]);
  });

  it("breadcrumb lists, pagination lists, scripts and footers are ignored", () => {
    const { fiche } = parseOk(
      page(
        `<ol class="breadcrumb"><li>Accueil</li><li>Atlas</li><li>Détail projet</li></ol><script>var Titre = 1;</script>
         <h3>Titre</h3><p>T</p><h3>Autres thématiques mises en œuvre pour le partenariat</h3>
         <table><tr><th>Thématique éligible</th><th>Sous-thématique</th><th>Sous-sous-thématique</th><th>Priorité</th></tr>
         <tr><td>Santé</td><td>Accès aux soins</td><td></td><td>1</td></tr></table>
         <ul class="pagination"><li>«</li><li>Précédent</li><li>1</li><li>Suivant</li><li>»</li></ul>
         <h3>Contexte</h3><p>C.</p><footer><p>Contexte</p><p>Tous droits réservés</p></footer>`,
      ),
    );
    expect(fiche.otherThematics).toEqual([
      { theme: "Santé", subTheme: "Accès aux soins", subSubTheme: null, priority: 1 },
    ]);
    expect(fiche.context).toBe("C.");
  });

  it("read-only form pages: input values, textareas and selected options are content", () => {
    const { fiche } = parseOk(
      page(
        `<form><label>Titre</label><input type="text" value="Projet formulaire" readonly>
         <label>Année de début du partenariat</label><input value="2018" disabled><input type="hidden" value="secret">
         <label>Le partenariat est</label><select disabled><option>En cours</option><option selected>Terminé</option></select>
         <label>Contexte</label><textarea readonly>Ligne 1
Ligne 2</textarea><button>Imprimer</button></form>`,
      ),
    );
    expect(fiche).toMatchObject({
      title: "Projet formulaire",
      startYear: 2018,
      status: "Terminé",
      context: "Ligne 1\nLigne 2",
    });
  });

  it("mailto links without text give the address", () => {
    const { fiche } = parseOk(
      page(
        `<h4>Contacts dans le poste diplomatique "Ambassade de France au Japon"</h4><p>Correspondant coopération décentralisée</p><p>Jeanne MOREAU</p><p>Courriel : <a href="mailto:jeanne.moreau@diplomatie.gouv.fr"></a></p><h3>Titre</h3><p>T</p>`,
      ),
    );
    expect(fiche.embassyPosts).toEqual([
      {
        post: "Ambassade de France au Japon",
        contacts: [{ role: "correspondent", name: "Jeanne MOREAU", email: "jeanne.moreau@diplomatie.gouv.fr" }],
      },
    ]);
  });

  it("a malformed mailto escape does not break the page", () => {
    const { fiche } = parseOk(
      page('<h3>Titre</h3><p>T</p><h3>Contexte</h3><p>Écrire à <a href="mailto:a%E0%A4%A@b.fr"></a>.</p>'),
    );
    expect(fiche.context).toBe("Écrire à a%E0%A4%A@b.fr.");
  });

  it("layout tables (tables inside tables) are read as blocks", () => {
    const items = readHtml(
      "<table><tr><td><p>Titre</p><p>T</p><table><tr><th>Nom du financeur</th></tr><tr><td>Ville</td></tr></table></td></tr></table>",
    );
    expect(items).toEqual([
      { kind: "line", text: "Titre" },
      { kind: "line", text: "T" },
      { kind: "row", cells: ["Nom du financeur"], header: true },
      { kind: "row", cells: ["Ville"], header: false },
    ]);
  });

  it("a page without a Titre label is not a fiche", () => {
    const result = parseOk.bind(null, page("<h1>Cités Unies France</h1><p>Newsletter</p>"));
    expect(result).toThrow(/NotAFicheError/);
  });
});

describe("layout detection", () => {
  it("seeds and fixtures", () => {
    expect(detectFormat(seedText(SEED_IDS[0]))).toBe("text");
    expect(detectFormat(seedText(SEED_IDS[1]))).toBe("markdown");
    expect(detectFormat(seedText(SEED_IDS[2]))).toBe("text");
    for (const id of SEED_IDS) expect(detectFormat(readFixture(`tests/fixtures/html/${id}.html`))).toBe("html");
  });

  it("html fragments without doctype, markdown without tables via file name", () => {
    expect(detectFormat("<div><p>Titre</p></div><div><p>X</p></div><p>y</p>")).toBe("html");
    expect(detectFormat("Titre\nX\n", "fiche.md")).toBe("markdown");
    expect(detectFormat("Titre\nX\n", "fiche.html")).toBe("html");
    expect(detectFormat("Titre\nA | B\n")).toBe("text");
  });
});
