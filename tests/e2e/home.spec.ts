import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

/** "1 234" (with French narrow no-break spaces) → 1234. */
const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ""));

async function figures(page: Page): Promise<{ key: string; value: number; shown: string; href: string }[]> {
  return page
    .locator("[data-figure]")
    .evaluateAll((links) =>
      links.map((a) => ({
        key: a.getAttribute("data-figure")!,
        shown: a.querySelector("span")!.textContent!,
        value: 0,
        href: a.getAttribute("href")!,
      })),
    )
    .then((list) => list.map((f) => ({ ...f, value: numberIn(f.shown) })));
}

test("/ is the home page (no redirect): the 3 seed projects counted and the last import dated", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('[data-figure="projects"]')).toHaveText(/^3\s*projets/);
  await expect(page.locator("[data-last-import]")).toHaveText(/\d{1,2} \S+ \d{4}/);
  await expect(page.getByRole("heading", { level: 2, name: "Derniers projets importés" })).toBeVisible();
  await expect(page.locator("#derniers-projets + ul > li")).toHaveCount(3);
});

test("each figure's link leads to a page whose displayed total equals the figure", async ({ page }) => {
  await page.goto("/");
  const list = await figures(page);
  expect(list.map((f) => f.key)).toEqual(
    expect.arrayContaining(["projects", "french", "foreign", "countries", "funding"]),
  );
  for (const figure of list) {
    await page.goto(figure.href);
    if (figure.key === "projects" || figure.key.startsWith("status:")) {
      await expect(page.locator("#resultats"), figure.key).toHaveText(new RegExp(`^${figure.value} projets?$`));
    } else if (figure.key === "french") {
      await expect(page.locator("#carte-titre")).toContainText(
        new RegExp(`(^|· )${figure.value} collectivités? françaises?`),
      );
    } else if (figure.key === "foreign") {
      await expect(page.locator("#carte-titre")).toContainText(
        new RegExp(`(^|· )${figure.value} partenaires? étrangers?`),
      );
    } else if (figure.key === "countries") {
      const facet = page.locator("#filtres section").filter({ hasText: "Pays du partenaire" });
      await expect(facet.locator("a.facet-link")).toHaveCount(figure.value);
    } else if (figure.key === "funding") {
      await expect(page.locator('strong[data-total="funding"]')).toHaveText(figure.shown);
    } else {
      throw new Error(`figure sans vérification : ${figure.key}`);
    }
  }
});

test("the search box works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Rechercher un projet" }).fill("Montreal");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page).toHaveURL(/\/projets\?q=Montreal$/);
  await expect(page.locator("#resultats")).toHaveText("2 projets");
  await context.close();
});

test("a collectivité is found by its name, accents and case aside", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Nom de la collectivité" }).fill("strasbourg");
  await page.getByRole("button", { name: "Voir", exact: true }).click();
  await expect(page).toHaveURL(/\/collectivites\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Strasbourg");
});

test("the countries beside the map link to their pages, and the ways in lead where they say", async ({ page }) => {
  await page.goto("/");
  const countries = page.locator("#carte-pays").locator("..");
  // The list holds every country; the less frequent ones are folded.
  if (!(await countries.getByRole("link", { name: "Tunisie" }).isVisible()))
    await countries.getByText(/Les \d+ autres pays/).click();
  const tunisia = countries.getByRole("link", { name: "Tunisie" });
  await expect(tunisia).toHaveAttribute("href", "/pays/TN");
  await expect(page.locator("svg a[href='/pays/TN']")).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Trouver un contact dans un poste" })).toHaveAttribute(
    "href",
    "/contacts",
  );
  await expect(page.getByRole("link", { name: "Explorer la carte" })).toHaveAttribute("href", "/carte");
  await expect(page.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/api/projects/export?format=csv");
  await expect(page.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "/api/projects/export?format=json");
  const theme = page.locator("#thematiques").locator("..").getByRole("link").first();
  await expect(theme).toHaveAttribute("href", /^\/projets\?thematic=\d+$/);
});

for (const width of [1280, 375]) {
  test(`axe finds no serious or critical violation at ${width} px, and nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expectNoSeriousViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
