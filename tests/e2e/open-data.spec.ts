import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { expectNoSeriousViolations } from "./axe";

test("the footer leads to /donnees, which shows the API reference and downloads the data package", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Données ouvertes et API" }).click();
  await expect(page).toHaveURL(/\/donnees$/);
  await expect(page.getByRole("heading", { name: "Référence de l'API" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/projects/{slug}" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/openapi.json" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Paquet de données complet/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("atlas.zip");
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files)).toContain("datapackage.json");
  expect(Object.keys(files)).toContain("projects.csv");
  await expectNoSeriousViolations(page);
});
