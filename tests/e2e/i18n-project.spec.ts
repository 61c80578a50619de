import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

/**
 * The project page, its original record and the statistics page in English (issue 18): English
 * interface, no French interface words left (the fiche's own text stays French, marked lang="fr";
 * the partners' mini-map belongs to the map's own translation), accessible at desktop and phone widths.
 */

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];

/** French interface phrases of these pages; none is a data label (those go through lib/i18n/data-labels). */
const FRENCH_INTERFACE = [
  "Financement total",
  "Financement par année",
  "Collectivité porteuse",
  "Thématiques",
  "Principale :",
  "Carte des partenaires",
  "Contexte",
  "Historique",
  "Mise en œuvre",
  "Maître(s)",
  "Bénéficiaires",
  "Projets liés",
  "Voir la fiche source",
  "texte brut",
  "Non renseigné",
  "Contacts chez",
  "Postes diplomatiques",
  "poste vacant",
  "Courriel",
  "Fonction",
  "Documents et volontaires",
  "Aucun",
  "en euros",
  "Total par année",
  "Dont montants",
  "Faites défiler",
  "Fil d'Ariane",
  "Sections du projet",
  "Fiche source",
  "Télécharger",
  "Statistiques",
  "Projets par",
  "Nombre de projets",
  "Sous-thématiques",
  "Sur cette page",
  "Par thématique",
  "Type de financeur",
  "Montant",
  "de financements déclarés",
  "Année",
];

/** The visible text and accessible names of <main>, without the fiche's own (lang="fr") text and the map's widget. */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
    for (const node of main.querySelectorAll('[lang="fr"], section[aria-labelledby=carte-partenaires] > :not(h2)'))
      node.remove();
    const names = [...main.querySelectorAll("[aria-label]")].map((node) => node.getAttribute("aria-label"));
    return [main.textContent, ...names, document.title].join("\n");
  });
}

async function expectEnglishOnly(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const text = await interfaceText(page);
  expect(FRENCH_INTERFACE.filter((phrase) => text.includes(phrase))).toEqual([]);
}

/** The Clermont-Ferrand project (29 funding rows) found through the French search, as its slug. */
async function clermontSlug(page: Page): Promise<string> {
  await page.goto("/projets?q=Michelin");
  const href = await page
    .getByRole("link", { name: /Pérennisation du Réseau International des Villes Michelin/ })
    .getAttribute("href");
  return href!.split("/").pop()!;
}

test("the English project page speaks English, keeps the fiche's text French, and formats figures in English", async ({
  page,
}) => {
  const slug = await clermontSlug(page);
  await page.goto(`/en/projects/${slug}`);
  await expectEnglishOnly(page);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toContainText("Pérennisation du Réseau International");
  await expect(title).toHaveAttribute("lang", "fr");
  for (const heading of ["Thematics", "Partners", "Funding by year", "Contacts", "Related projects"])
    await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Sections of the project" }).getByText("Funding")).toBeVisible();
  // English grouping and currency: "€1,380,394", where French writes "1 380 394 €".
  await expect(page.locator("[data-figure=financement] dd")).toHaveText("€1,380,394 (2020–2021)");
  const table = page.locator("section[aria-labelledby=financement] table");
  await expect(table.locator("caption")).toContainText("29 funding lines");
  await expect(table.locator("tfoot [data-total='all']")).toHaveText("€1,380,394");
  // Links stay in English.
  await expect(page.getByRole("link", { name: "View the original record" })).toHaveAttribute(
    "href",
    `/en/projects/${slug}/record`,
  );
  await expect(page.getByRole("link", { name: "Projects", exact: true }).first()).toHaveAttribute(
    "href",
    /^\/en\/projects/,
  );
});

test("the English record page speaks English around the fiche's French text", async ({ page }) => {
  const slug = await clermontSlug(page);
  await page.goto(`/en/projects/${slug}/record`);
  await expectEnglishOnly(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Original record: Pérennisation");
  await expect(page.locator("h1 [lang=fr]")).toContainText("Pérennisation du Réseau International");
  await expect(page.locator("pre")).toHaveAttribute("lang", "fr");
  const raw = await page.getByRole("link", { name: "Download the raw text" }).getAttribute("href");
  expect(raw).toBe(`/en/projects/${slug}/source`);
  expect(await (await page.request.get(raw!)).text()).toContain("Réseau International des Villes Michelin");
});

test("the English statistics page speaks English, charts included, with English figures", async ({ page }) => {
  await page.goto("/en/statistics");
  await expectEnglishOnly(page);
  await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();
  for (const heading of ["Projects by primary thematic", "Funding by year", "Funding by kind of funder"])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  // The charts' axis titles (drawn on the server) are English too.
  const svgText = await page.locator("figure svg").allTextContents();
  expect(svgText.join(" ")).toContain("projects");
  expect(svgText.join(" ")).not.toContain("projets");
  // English grouping in the total ("€1,380,394" style, never "1 380 394 €").
  await expect(page.locator("header [data-total=funding]")).toHaveText(/^€\d{1,3}(,\d{3})*$/);
});

for (const viewport of VIEWPORTS) {
  test(`the English project, record and statistics pages pass axe at ${viewport.width} px`, async ({ page }) => {
    test.setTimeout(120_000);
    const slug = await clermontSlug(page);
    await page.setViewportSize(viewport);
    for (const url of [`/en/projects/${slug}`, `/en/projects/${slug}/record`, "/en/statistics"]) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page);
    }
  });
}
