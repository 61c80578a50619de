import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

// The home page and the project search in English (issue 18): English interface, French fiche
// content marked lang="fr", links that stay in English, and the French pages unchanged (their
// own specs: home.spec.ts, search.spec.ts).

const ROMANS = "Projet d'action internationale de Romans";
const STRASBOURG = "Repenser la ville en transition";

/**
 * The interface's words: the page's text and its labelling attributes, without the fiche
 * content (marked lang="fr") and the scripts (React's payload).
 */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const node of body.querySelectorAll('script, style, [lang="fr"]')) node.remove();
    const attributes = [...body.querySelectorAll("[aria-label], [placeholder], [title]")].flatMap((el) =>
      ["aria-label", "placeholder", "title"].map((name) => el.getAttribute(name) ?? ""),
    );
    return [body.textContent ?? "", ...attributes].join("\n");
  });
}

const resultTitles = (page: Page) => page.locator("#liste-resultats ol li h3");

test("/en/projects?country=TN: English interface, one project, its French title marked lang=fr", async ({ page }) => {
  const response = await page.goto("/en/projects?country=TN");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Decentralised cooperation projects" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^1 project$/ })).toBeVisible();
  await expect(resultTitles(page)).toHaveCount(1);
  const title = resultTitles(page).getByRole("link");
  await expect(title).toContainText(ROMANS);
  await expect(title).toHaveAttribute("lang", "fr");
  await expect(title).toHaveAttribute("href", /^\/en\/projects\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 3, name: "Partner's country" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Theme", exact: true })).toBeVisible();
  await expect(page.getByText("Sort:")).toBeVisible();
  const text = await interfaceText(page);
  for (const french of [
    "Projets de coopération",
    "Rechercher",
    "Trier",
    "Pays du partenaire",
    "Thématique",
    "Voir sur la carte",
    "Tout effacer",
    "Filtres",
    "Appliquer",
    "Chercher",
  ])
    expect(text, french).not.toContain(french);
});

test("the English chips read in English and remove their filter, staying on /en/projects", async ({ page }) => {
  await page.goto("/en/projects?country=TN&from=2000&primary=1");
  const chips = page.getByRole("navigation", { name: "Active filters" });
  await expect(chips.getByRole("link", { name: /Partner's country: / })).toBeVisible();
  await expect(chips.getByRole("link", { name: /Start year: from 2000/ })).toBeVisible();
  await expect(chips.getByRole("link", { name: /Main theme only/ })).toBeVisible();
  await expect(chips.getByRole("link", { name: "Clear all" })).toHaveAttribute("href", "/en/projects");
  await chips.getByRole("link", { name: /Partner's country: / }).click();
  await expect(page).not.toHaveURL(/country=/);
  const url = new URL(page.url());
  expect([url.pathname, url.searchParams.get("from"), url.searchParams.get("primary")]).toEqual([
    "/en/projects",
    "2000",
    "1",
  ]);
  await expect(page.getByRole("heading", { level: 2, name: /projects?$/ })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the English facets and the search box keep the visitor on /en/projects", async ({ page }) => {
  await page.goto("/en/projects");
  await expect(page.getByRole("heading", { level: 2, name: /^3 projects$/ })).toBeVisible();
  // Facet links and the range form are localized.
  const facetLinks = await page.locator("#filtres a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(facetLinks.length).toBeGreaterThan(0);
  for (const href of facetLinks) expect(href).toMatch(/^\/en\/projects(\?|$)/);
  await expect(page.locator("#filtres form")).toHaveAttribute("action", "/en/projects");
  // The debounced search box writes the query into the English URL.
  await page.getByRole("searchbox", { name: "Search for a project" }).fill("Montreal");
  await expect(page).toHaveURL(/\/en\/projects\?q=Montreal$/);
  await expect(page.getByRole("heading", { level: 2, name: /^2 projects$/ })).toBeVisible();
  await expect(resultTitles(page).filter({ hasText: STRASBOURG })).toHaveCount(1);
  await expect(page.getByText("Sort:")).toBeVisible();
  await expect(page.getByRole("strong").filter({ hasText: "Relevance" })).toBeVisible();
});

test("English words find French thematics: 'sustainable economy' lists the Michelin cities project", async ({
  page,
}) => {
  await page.goto("/en/projects?q=sustainable%20economy");
  await expect(resultTitles(page).filter({ hasText: "Villes Michelin" })).toHaveCount(1);
});

test("a page past the end says so in English and links to the last page", async ({ page }) => {
  await page.goto("/en/projects?page=9");
  await expect(page.getByRole("status").filter({ hasText: "Page 9 is past the last page" })).toBeVisible();
  const last = page.getByRole("link", { name: "Go to the last page (1)" });
  await expect(last).toHaveAttribute("href", "/en/projects");
  await last.click();
  await expect(page.getByRole("heading", { level: 2, name: /^3 projects$/ })).toBeVisible();
});

test("an English search with no match says so and offers to remove the filters", async ({ page }) => {
  await page.goto("/en/projects?q=zzqxwv");
  await expect(page.getByText("No project matches this search.")).toBeVisible();
  await expect(page.getByRole("link", { name: "remove all filters" })).toHaveAttribute("href", "/en/projects");
});

test("/en is the English home page: figures, headings and links in English", async ({ page }) => {
  const response = await page.goto("/en");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("heading", { level: 1, name: "Atlas of French decentralised cooperation" }),
  ).toBeVisible();
  await expect(page.locator('[data-figure="projects"]')).toHaveText(/^3\s*projects$/);
  await expect(page.locator('[data-figure="projects"]')).toHaveAttribute("href", "/en/projects");
  await expect(page.locator('[data-figure="funding"]')).toContainText("of declared funding");
  await expect(page.getByText("Last import:")).toBeVisible();
  await expect(page.locator("[data-last-import]")).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  for (const heading of [
    "The atlas in figures",
    "Projects by partner country",
    "Where to start?",
    "Latest imported projects",
    "Most frequent themes",
  ])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expect(page.locator("#derniers-projets + ul a[lang='fr']")).toHaveCount(3);
  const text = await interfaceText(page);
  for (const french of ["L'atlas en chiffres", "Derniers projets", "Par où commencer", "Chercher", "Dernier import"])
    expect(text, french).not.toContain(french);
  // The search form leads to the English search.
  await page.getByRole("searchbox", { name: "Search for a project" }).fill("Montreal");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/projects\?q=Montreal$/);
  await expect(page.getByRole("heading", { level: 2, name: /^2 projects$/ })).toBeVisible();
});

for (const width of [1280, 375]) {
  test(`the English home and search have no serious accessibility violation at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const url of ["/en", "/en/projects?country=TN&from=2000"]) {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expectNoSeriousViolations(page);
    }
  });
}
