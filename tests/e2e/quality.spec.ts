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
