import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

/**
 * The map, the contacts directory, the data-quality and the open-data pages in English: the
 * language of the document, English headings, and none of the French words of their interface
 * left (fiche content, marked lang="fr", is left out of the check).
 */

const MAP = ".leaflet-container";

/** The visible text of `scope`, without the parts marked as French content. */
async function interfaceText(scope: Locator): Promise<string> {
  return scope.evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    // Fiche content and the JSON-LD description (data, not interface) are left out.
    for (const left of copy.querySelectorAll('[lang="fr"], script')) left.remove();
    for (const option of copy.querySelectorAll("option")) option.append(" ");
    return copy.textContent ?? "";
  });
}

async function expectNoFrench(scope: Locator, words: string[]) {
  const text = await interfaceText(scope);
  expect(words.filter((word) => text.toLowerCase().includes(word.toLowerCase()))).toEqual([]);
}

async function openEnglish(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

test("/en/map: English headings, map, legend and table, and a keyboard-opened popup in English", async ({ page }) => {
  await openEnglish(page, "/en/map?country=IT");
  await expect(page.locator(`${MAP}[data-map-ready="true"]`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Map of partners" })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: /places? · .*foreign partners? · .*projects?/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Table of places" })).toBeVisible();
  await expect(page.locator(MAP)).toHaveAttribute("aria-label", "Map of partner local authorities");
  await expect(page.getByRole("columnheader", { name: "Links to the projects" })).toBeVisible();
  await expect(page.locator("form").filter({ has: page.getByLabel("Zoom to a country") })).toHaveAttribute(
    "action",
    "/en/map",
  );
  for (const scope of [page.locator("#la-carte"), page.locator('section[aria-labelledby="tableau-lieux"]')])
    await expectNoFrench(scope, [
      "lieu",
      "partenaire étranger",
      "collectivité française",
      "Zoomer",
      "Tous les pays",
      "Afficher",
      "Légende",
      "Tableau des lieux",
      "Précision",
      "Position approximative",
      "Chargement",
      "projets",
    ]);

  const cuneo = page.getByRole("button", { name: /^Cuneo, .*Foreign partner.*1 project$/ });
  await cuneo.focus();
  await page.keyboard.press("Enter");
  const popup = page.locator(".leaflet-popup");
  await expect(popup.getByRole("link", { name: "Cuneo" })).toBeFocused();
  await expect(popup.getByRole("link", { name: "Cuneo" })).toHaveAttribute("href", /^\/en\/local-authorities\//);
  await expect(popup.getByRole("link", { name: "Cuneo" })).toHaveAttribute("lang", "fr");
  await expect(popup).toContainText("Foreign partner");
  await expect(popup).toContainText("1 project:");
  await expect(popup.locator(".atlas-popup__projects a").first()).toHaveAttribute("href", /^\/en\/projects\//);
  await expect(popup.locator(".leaflet-popup-close-button")).toHaveAttribute("aria-label", "Close the popup");
  await expectNoFrench(popup, ["Partenaire", "projet :", "Pays inconnu", "Position approximative", "Fermer"]);
});

test("/en/contacts: the directory's interface in English, names marked French", async ({ page }) => {
  await openEnglish(page, "/en/contacts");
  await expect(page.getByRole("heading", { level: 1, name: "Contact directory" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Diplomatic posts \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Contacts of foreign partners \(\d+\)$/ })).toBeVisible();
  await expect(page.getByLabel("Name, email, function, post, country or local authority")).toBeVisible();
  await expect(page.getByTestId("vacant-filter")).toHaveText(/^Vacant posts \(\d+\)$/);
  await expect(page.locator("article[data-post] h3").first()).toHaveAttribute("lang", "fr");
  await expectNoFrench(page.locator("main"), [
    "Annuaire",
    "Chercher",
    "Tous les pays",
    "postes diplomatiques",
    "contacts de partenaires",
    "Postes vacants",
    "Exporter",
    "Contacts des partenaires",
    "Pays non déterminé",
    "projet lié",
    "projets liés",
    "à jour de",
    "contact précédent",
    "Projets : ",
    "Nom non renseigné",
  ]);
  await page.goto("/en/contacts?q=zzzzqqq");
  await expect(page.getByText("No contact matches this search.")).toBeVisible();
  await expect(page.getByRole("link", { name: "show the whole directory" })).toHaveAttribute("href", "/en/contacts");
});

test("/en/quality: list titles, filter and tables in English", async ({ page }) => {
  await openEnglish(page, "/en/quality");
  await expect(page.getByRole("heading", { level: 1, name: "Data quality" })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: /^Titles cut at the Atlas's limit \(\d+\)$/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Probable duplicates \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText("The Atlas cuts titles at about 250 characters", { exact: false })).toBeVisible();
  await expect(page.locator("form[action='/en/quality']")).toBeVisible();
  await expectNoFrench(page.locator("main"), [
    "Qualité des données",
    "Filtrer",
    "Tous les pays",
    "Rien à signaler",
    "Exporter la liste",
    "Constat",
    "Titres coupés",
    "Doublons",
    "Projets sans",
    "Fiches importées",
    "Voir l'autre projet",
  ]);
  await page.getByLabel("Local authority").fill("Strasbourg");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("Local authority: Strasbourg.")).toBeVisible();
});

test("/en/data: downloads, licence and API reference in English", async ({ page }) => {
  await openEnglish(page, "/en/data");
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  for (const name of ["Licence and sources", "Downloads", "API reference"])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByRole("link", { name: "Complete data package (atlas.zip)" })).toHaveAttribute(
    "href",
    "/en/data/atlas.zip",
  );
  await expect(page.getByRole("columnheader", { name: "Parameter" }).first()).toBeVisible();
  await expectNoFrench(page.locator("main"), [
    "Données ouvertes",
    "Téléchargements",
    "Licence et sources",
    "Référence de l'API",
    "Paramètre",
    "requête",
    "chemin",
    "Exemple",
    "Paquet de données",
    "Tous les projets",
    "schéma",
  ]);
});

for (const width of [1280, 375]) {
  test(`the English map, contacts, quality and data pages pass axe at ${width} px`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    for (const url of ["/en/map", "/en/contacts", "/en/quality", "/en/data"]) {
      await openEnglish(page, url);
      if (url === "/en/map") await expect(page.locator(`${MAP}[data-map-ready="true"]`)).toBeVisible();
      await expectNoSeriousViolations(page);
    }
  });
}
