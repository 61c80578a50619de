import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

const CLERMONT_PROJECT = /Pérennisation du Réseau International des Villes Michelin/;

test("/pays/IT shows Cuneo, the Clermont-Ferrand project and the Rome post with Bruno AUBERT", async ({ page }) => {
  await page.goto("/pays/IT");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Italie");
  await expect(page.locator("#partenaires").locator("..").getByRole("link", { name: "Cuneo" })).toHaveAttribute(
    "href",
    "/collectivites/cuneo-it",
  );
  await expect(page.getByRole("link", { name: CLERMONT_PROJECT })).toBeVisible();
  await expect(page.getByRole("link", { name: "Clermont-Ferrand" }).first()).toHaveAttribute(
    "href",
    "/collectivites/clermont-ferrand-fr",
  );
  const rome = page.locator('article[data-post="Ambassade de France à Rome"]');
  await expect(rome.locator('[data-role="correspondent"]')).toContainText("Bruno AUBERT");
  await expect(rome.locator('[data-role="counsellor"]')).toContainText("Bruno AUBERT");
  await expect(page.getByRole("link", { name: "1 projet" }).first()).toHaveAttribute("href", "/projets?country=IT");
  await expectNoSeriousViolations(page);
});

test("country codes are case-insensitive; unknown or malformed ones give a 404", async ({ page }) => {
  await page.goto("/pays/it");
  await expect(page).toHaveURL(/\/pays\/IT$/);
  // (A malformed escape such as %E0%A4 is answered by Next itself before routing, with a 500: reported, not ours.)
  for (const code of ["ZZ", "FR", "ITA", "1", "%25", "%C3%A9t"]) {
    const response = await page.goto(`/pays/${code}`);
    expect(response?.status(), code).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pays introuvable");
});

test("the Clermont-Ferrand page lists its 31 foreign partners, each linking to its page", async ({ page }) => {
  await page.goto("/collectivites/clermont-ferrand-fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Clermont-Ferrand");
  await expect(page.getByText("63113")).toBeVisible();
  const heading = page.getByRole("heading", { name: "Partenaires étrangers (31)" });
  await expect(heading).toBeVisible();
  const items = heading.locator("xpath=following-sibling::ul[1]/li");
  await expect(items).toHaveCount(31);
  await expect(items.getByRole("link", { name: "Cuneo" })).toHaveAttribute("href", "/collectivites/cuneo-it");
  await expect(page.getByRole("link", { name: CLERMONT_PROJECT }).first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("a foreign collectivité shows its country, French partner and placement", async ({ page }) => {
  await page.goto("/collectivites/cuneo-it");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cuneo");
  await expect(page.getByRole("link", { name: "Italie" }).first()).toHaveAttribute("href", "/pays/IT");
  await expect(page.getByRole("link", { name: "Clermont-Ferrand" }).first()).toBeVisible();
  await expect(page.locator("#localisation").locator("..")).toContainText("Précise");
  await expect(page.getByText("Monica Arnaudo", { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page);
  expect((await page.goto("/collectivites/nowhere-zz"))?.status()).toBe(404);
  expect((await page.goto("/collectivites/%25zz"))?.status()).toBe(404);
  expect((await page.goto(`/collectivites/${"x".repeat(1000)}`))?.status()).toBe(404);
});

test("statistics: each chart has its table, and the numbers link to the filtered search", async ({ page }) => {
  await page.goto("/statistiques");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistiques");
  await expect(page.locator("[data-total=funding]").first()).toContainText("€");
  for (const id of ["thematiques", "pays", "annees", "statuts", "financement-annee", "financement-type"]) {
    const section = page.locator(`section[aria-labelledby="${id}"]`);
    await expect(section.locator('[role="img"]').first(), id).toBeAttached();
    await expect(section.locator("table").first(), id).toBeVisible();
  }
  await expect(page.locator('section[aria-labelledby="pays"] a[href="/projets?country=IT"]')).toHaveText("1");
  await expect(page.locator('section[aria-labelledby="pays"] a[href="/pays/IT"]')).toHaveText("Italie");
  await expect(page.locator('section[aria-labelledby="annees"] a[href="/projets?from=2020&to=2020"]')).toHaveText("1");
  await expect(page.locator('section[aria-labelledby="statuts"] a[href*="/projets?status="]').first()).toBeVisible();
  await expect(page.locator('a[href="/projets?funder=meae"]').first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("country, collectivité and statistics pages fit a 375 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of ["/pays/IT", "/collectivites/clermont-ferrand-fr", "/statistiques"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
