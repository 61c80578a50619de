import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

const STRASBOURG = "Repenser la ville en transition";
const CLERMONT = "Pérennisation du Réseau International des Villes Michelin";
const ROMANS = "Projet d'action internationale de Romans";

const resultTitles = (page: import("@playwright/test").Page) => page.locator("ol li h3").allInnerTexts();

test("the search lists the three seed projects", async ({ page }) => {
  await page.goto("/projets");
  await expect(page.getByRole("heading", { level: 2, name: /3 projets/ })).toBeVisible();
  const titles = await resultTitles(page);
  expect(titles.some((t) => t.startsWith(STRASBOURG))).toBe(true);
  expect(titles.some((t) => t.startsWith(CLERMONT))).toBe(true);
  expect(titles.some((t) => t.startsWith(ROMANS))).toBe(true);
});

test("typing in the search box filters, debounced, and puts the query in the URL", async ({ page }) => {
  await page.goto("/projets");
  await page.getByRole("searchbox", { name: "Rechercher un projet" }).fill("Montreal");
  await expect(page).toHaveURL(/q=Montreal/);
  // Strasbourg–Montréal, and Clermont-Ferrand whose partners include Montréal; not Romans.
  await expect(page.getByRole("heading", { level: 2, name: /^2 projets$/ })).toBeVisible();
  const titles = await resultTitles(page);
  expect(titles.some((t) => t.startsWith(STRASBOURG))).toBe(true);
  expect(titles.some((t) => t.startsWith(ROMANS))).toBe(false);
});

test("a misspelt name still finds the project, and 'eau' does not return everything", async ({ page }) => {
  await page.goto("/projets?q=Clermond");
  expect((await resultTitles(page)).some((t) => t.startsWith(CLERMONT))).toBe(true);
  await page.goto("/projets?q=eau");
  expect((await resultTitles(page)).length).toBeLessThan(3);
});

test("the country facet Tunisie leaves the Romans project, and a reload restores it", async ({ page }) => {
  await page.goto("/projets");
  const countries = page.locator("#filtres section").filter({ hasText: "Pays du partenaire" });
  // Less frequent countries sit behind "Voir N de plus".
  if (!(await countries.getByRole("link", { name: /Tunisie/ }).isVisible()))
    await countries.getByText(/Voir \d+ de plus/).click();
  await countries.getByRole("link", { name: /Tunisie/ }).click();
  await expect(page).toHaveURL(/country=TN/);
  await expect(page.getByRole("heading", { level: 2, name: /^1 projet$/ })).toBeVisible();
  expect(await resultTitles(page)).toEqual([expect.stringContaining(ROMANS)]);
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole("heading", { level: 2, name: /^1 projet$/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: /3 projets/ })).toBeVisible();
});

test("the theme facet Economie durable counts 3 projects, 2 as primary thematic", async ({ page }) => {
  await page.goto("/projets");
  const facets = page.locator("#filtres");
  await expect(facets.getByRole("link", { name: /Economie durable\s*3/ })).toBeVisible();
  await facets.getByRole("link", { name: /Compter la thématique principale uniquement/ }).click();
  await expect(page).toHaveURL(/primary=1/);
  await expect(page.locator("#filtres").getByRole("link", { name: /Economie durable\s*2/ })).toBeVisible();
});

test("the CSV download has one row per filtered project", async ({ page, request }) => {
  await page.goto("/projets?country=TN");
  const href = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  const response = await request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\n");
  expect(lines).toHaveLength(2); // header + the Romans project
  const all = await request.get("/api/projects");
  expect((await all.json()).total).toBe(3);
});

test("garbage parameters never give a server error", async ({ request }) => {
  for (const qs of [
    "?year=abc&country[]=x&page=-5",
    "?page=99999999999",
    "?from=abc&to=%00&sort=zzz",
    "?q=%27%22%3B--&thematic=abc",
    "?sdg=-1&funder=x",
  ]) {
    expect((await request.get(`/projets${qs}`)).status(), qs).toBeLessThan(500);
    expect((await request.get(`/api/projects${qs}`)).status(), qs).toBeLessThan(500);
    expect((await request.get(`/api/projects/export${qs}`)).status(), qs).toBeLessThan(500);
  }
  expect((await request.get("/api/projects/export?format=xls")).status()).toBe(400);
  for (const path of ["/projets/%E0%A4%A", "/pays/%E0%A4%A", "/collectivites/%E0%A4%A"]) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
});

test("an empty result explains what to do", async ({ page }) => {
  await page.goto("/projets?q=zzzyxwvu");
  await expect(page.getByText("Aucun projet ne correspond à cette recherche.")).toBeVisible();
  await expect(page.getByRole("link", { name: "retirez tous les filtres" })).toBeVisible();
});

test("the search page works on a 375 px wide screen and has no serious accessibility violation", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/projets");
  await expect(page.getByRole("searchbox", { name: "Rechercher un projet" })).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(375);
  await expectNoSeriousViolations(page);
});

test("facet values, results and pages are plain links followed without reloading the page", async ({ page }) => {
  await page.goto("/projets");
  // A full page load would drop this marker.
  await page.evaluate(() => ((window as unknown as { atlasMarker: number }).atlasMarker = 42));
  const countries = page.locator("#filtres section").filter({ hasText: "Pays du partenaire" });
  await countries.getByRole("link").first().click();
  await expect(page).toHaveURL(/country=/);
  expect(await page.evaluate(() => (window as unknown as { atlasMarker?: number }).atlasMarker)).toBe(42);
  await page.locator("ol li h3 a").first().click();
  await expect(page).toHaveURL(/\/projets\/[^/?]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { atlasMarker?: number }).atlasMarker)).toBe(42);
});

test("a long facet unfolds and folds back through the URL", async ({ page }) => {
  await page.goto("/projets");
  const countries = page.locator("#filtres section").filter({ hasText: "Pays du partenaire" });
  const shown = await countries.locator("a.facet-link").count();
  expect(shown).toBe(8);
  await countries.getByRole("link", { name: /^Voir \d+ de plus/ }).click();
  await expect(page).toHaveURL(/more=country/);
  await expect(countries.getByRole("link", { name: /^Voir moins/ })).toBeVisible();
  expect(await countries.locator("a.facet-link").count()).toBeGreaterThan(shown);
  await countries.getByRole("link", { name: /^Voir moins/ }).click();
  await expect(page).not.toHaveURL(/more=/);
  await expect(countries.locator("a.facet-link")).toHaveCount(8);
});
