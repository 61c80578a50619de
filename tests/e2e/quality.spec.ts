import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

const section = (id: string) => `section:has(h2#${id})`;

test("/qualite lists the Clermont-Ferrand and Strasbourg titles as cut and both projects as past their end dates", async ({
  page,
}) => {
  await page.goto("/qualite");
  await expect(page.getByRole("heading", { level: 1, name: "Qualité des données" })).toBeVisible();
  const cut = page.locator(`${section("titres-coupes")} tbody tr`);
  await expect(cut).toHaveCount(2);
  await expect(cut.nth(0)).toContainText("Repenser la ville en transition");
  await expect(cut.nth(1)).toContainText("Pérennisation du Réseau International des Villes Michelin");
  const overdue = page.locator(`${section("en-cours-echus")} tbody tr`);
  await expect(overdue).toHaveCount(2);
  await expect(overdue.nth(0)).toContainText("31/12/2021");
  await expect(overdue.nth(1)).toContainText("31/12/2023");
  await expect(page.locator(section("avertissements"))).toContainText("Rien à signaler");
  await expectNoSeriousViolations(page);

  await overdue.nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/projets\//);
  await expect(page.locator("h1")).toContainText("Repenser la ville");
});

test("filters by collectivité and exports a list as CSV", async ({ page }) => {
  await page.goto("/qualite");
  await page.getByLabel("Collectivité").fill("Strasbourg");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByText("Collectivité : Strasbourg.")).toBeVisible();
  await expect(page.locator(`${section("titres-coupes")} tbody tr`)).toHaveCount(1);
  const href = await page
    .locator(section("titres-coupes"))
    .getByRole("link", { name: "Exporter la liste en CSV" })
    .getAttribute("href");
  const csv = await (await page.request.get(href!)).text();
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  expect(lines[0]).toBe("élément,adresse,pays,collectivités,constat,correction");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain("Repenser la ville");
  expect(lines[1]).toContain("249 caractères");
});

test("a collectivité's and a post's pages count their items and open /qualite filtered on them", async ({ page }) => {
  await page.goto("/collectivites/strasbourg-fr");
  const strasbourg = page.locator(section("qualite"));
  await expect(strasbourg).toContainText("2 éléments à revoir");
  await strasbourg.getByRole("link", { name: "2 éléments à revoir" }).click();
  await expect(page).toHaveURL(/\/qualite\?collectivite=strasbourg-fr$/);
  await expect(page.getByText("Collectivité : Strasbourg.")).toBeVisible();
  await expect(page.locator(`${section("titres-coupes")} tbody tr`)).toHaveCount(1);

  // The Strasbourg project names the Ottawa post: its cut title and overdue end date count there too.
  await page.goto("/postes");
  await page.getByRole("link", { name: "Ambassade de France à Ottawa" }).click();
  const link = page.locator(section("qualite")).getByRole("link");
  const count = Number((await link.innerText()).match(/\d+/)?.[0]);
  expect(count).toBeGreaterThanOrEqual(2);
  await link.click();
  await expect(page).toHaveURL(/\/qualite\?post=/);
  await expect(page.locator(`${section("titres-coupes")} tbody tr`)).toHaveCount(1);
  const titles = await page.locator("section[aria-labelledby] > h2").allInnerTexts();
  const listed = titles.reduce((sum, title) => sum + Number(title.match(/\((\d+)\)$/)?.[1] ?? 0), 0);
  expect(listed).toBe(count);
});

test("/en/quality words its findings in English and keeps fiche content French", async ({ page }) => {
  await page.goto("/en/quality");
  const overdue = page.locator(`${section("en-cours-echus")} tbody tr`);
  await expect(overdue.nth(0)).toContainText("Ongoing, planned to end on 31 December 2021");
  await expect(overdue.nth(0).locator('a[lang="fr"]')).toContainText("Pérennisation du Réseau");
  const csvHref = await page
    .locator(section("titres-coupes"))
    .getByRole("link", { name: "Export the list as CSV" })
    .getAttribute("href");
  expect(csvHref).toContain("lang=en");
  const csv = await (await page.request.get(csvHref!)).text();
  expect(csv).toContain("249 characters");
});
