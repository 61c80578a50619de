import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

/**
 * The country, collectivité, embassy post pages and the widgets in English (issue 18): English
 * headings and labels, and none of the French interface words of these pages outside fiche content
 * (names and titles, marked lang="fr"). Country names, statuses, themes and embassy roles are data
 * labels translated elsewhere (lib/i18n/data-labels.ts): they are not checked here.
 */

/** The page's text without fiche content (elements marked lang="fr") and scripts. */
function interfaceText(page: Page): Promise<string> {
  return page.locator("body").evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[lang="fr"], script, style')) el.remove();
    return copy.textContent ?? "";
  });
}

async function expectNoFrench(page: Page, words: string[]) {
  const text = await interfaceText(page);
  expect(words.filter((word) => text.includes(word))).toEqual([]);
}

async function expectEnglishPage(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

const h2 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 2, name });

for (const width of [1280, 375]) {
  test.describe(`in English at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("/en/countries/TN", async ({ page, baseURL }) => {
      await page.goto("/en/countries/TN");
      await expectEnglishPage(page);
      for (const name of [/^Projects \(\d+\)$/, /^Partner local authorities \(\d+\)$/, "Funding by year"])
        await expect(h2(page, name)).toBeVisible();
      await expect(h2(page, "Embassy posts and contacts")).toBeVisible();
      await expect(h2(page, "Embed on your website")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
      await expect(page.getByRole("textbox", { name: "Embed code" })).toHaveValue(
        new RegExp(`<iframe src="${baseURL}/en/embed/countries/TN"`),
      );
      await expect(page.locator('a[href^="/en/local-authorities/"]').first()).toBeVisible();
      await expectNoFrench(page, [
        "Projets (",
        "Collectivités partenaires (",
        "Collectivités françaises engagées",
        "Financement par année",
        "Postes diplomatiques et contacts",
        "Thématiques principales",
        "Montants complets",
        "Intégrer sur votre site",
        "Copier le code",
        "dans la recherche",
        "depuis 20",
      ]);
      await expectNoSeriousViolations(page);
    });

    test("/en/local-authorities/clermont-ferrand-fr", async ({ page }) => {
      await page.goto("/en/local-authorities/clermont-ferrand-fr");
      await expectEnglishPage(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "fr");
      for (const name of [/^Projects \(\d+\)$/, "Partners", "Network", "Funding by year", "Location"])
        await expect(h2(page, name)).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: "Foreign partners (31)" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 3, name: "Direct partners (31)" })).toBeVisible();
      await expect(page.getByText("INSEE code")).toBeVisible();
      await expect(page.getByRole("link", { name: "See Clermont-Ferrand in the network graph" })).toHaveAttribute(
        "href",
        /^\/en\/network\?french=\d+$/,
      );
      await expectNoFrench(page, [
        "Partenaires étrangers (",
        "Partenaires directs",
        "Réseau",
        "Localisation",
        "Précision",
        "Coordonnées",
        "projet commun",
        "Collectivité porteuse",
        "ses projets dans la recherche",
        "Code INSEE",
        "agissent comme",
        "Intégrer sur votre site",
      ]);
      await expectNoSeriousViolations(page);
    });

    test("/en/posts and the Tunis post", async ({ page }) => {
      await page.goto("/en/posts");
      await expectEnglishPage(page);
      await expect(page.getByRole("heading", { level: 1, name: "Embassy posts" })).toBeVisible();
      for (const name of ["Post", "Correspondent", "Counsellor", "Vacant roles"])
        await expect(page.getByRole("columnheader", { name, exact: true })).toBeVisible();
      await expectNoFrench(page, ["Postes diplomatiques", "Fonctions vacantes", "au moins une fonction vacante"]);
      await expectNoSeriousViolations(page);

      const tunis = page.getByRole("link", { name: "AMBASSADE DE FRANCE A TUNIS" });
      await expect(tunis).toHaveAttribute("href", /^\/en\/posts\/[^/]+$/);
      await page.goto((await tunis.getAttribute("href"))!);
      await expectEnglishPage(page);
      await expect(page.getByRole("heading", { level: 1, name: "AMBASSADE DE FRANCE A TUNIS" })).toBeVisible();
      for (const name of ["Contacts", /^Projects naming the post \(\d+\)$/, /^Active local authorities/])
        await expect(h2(page, name)).toBeVisible();
      await expect(page.getByRole("columnheader", { name: "Email" })).toBeVisible();
      await expect(page.getByRole("rowheader", { name: "Pierre-Yves SONALET" })).toBeVisible();
      await expectNoFrench(page, [
        "Projets qui nomment le poste",
        "Collectivités actives",
        "Courriel",
        "précédent",
        "à jour de",
        "Carte de visite",
        "Rechercher tous les projets",
      ]);
      await expectNoSeriousViolations(page);
    });

    test("/en/embed/countries/TN", async ({ page }) => {
      await page.goto("/en/embed/countries/TN");
      await expectEnglishPage(page);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("decentralised cooperation");
      await expect(page.getByRole("heading", { level: 1 }).getByRole("link")).toHaveAttribute(
        "href",
        "/en/countries/TN",
      );
      await expect(page.getByRole("link", { name: "Atlas of French decentralised cooperation" })).toBeVisible();
      await expectNoFrench(page, ["coopération décentralisée", "Voir les", "Source :", "depuis 20"]);
      await expectNoSeriousViolations(page);
    });
  });
}

test("a list asked past its last page says so in English and links back to the English page", async ({ page }) => {
  await page.goto("/en/countries/TN?partenaires=9");
  await expectEnglishPage(page);
  await expect(page.getByText("Page 9 does not exist (partner local authorities: 1 page).")).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the last page" })).toHaveAttribute(
    "href",
    "/en/countries/TN#partenaires",
  );
  await expectNoFrench(page, ["La page", "existe pas", "dernière page"]);
});

test("English addresses stay English: a lower-case country code and the home page's collectivité form", async ({
  page,
}) => {
  await page.goto("/en/countries/tn");
  await expect(page).toHaveURL(/\/en\/countries\/TN$/);
  const found = await page.request.get("/en/local-authorities?nom=Clermont-Ferrand", { maxRedirects: 0 });
  expect(found.status()).toBe(303);
  expect(new URL(found.headers().location).pathname).toBe("/en/local-authorities/clermont-ferrand-fr");
  const search = await page.request.get("/en/local-authorities?nom=zzzz", { maxRedirects: 0 });
  expect(new URL(search.headers().location).pathname).toBe("/en/projects");
  const french = await page.request.get("/collectivites?nom=Clermont-Ferrand", { maxRedirects: 0 });
  expect(new URL(french.headers().location).pathname).toBe("/collectivites/clermont-ferrand-fr");
});
