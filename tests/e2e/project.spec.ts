import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

const normalise = (s: string) => s.replace(/[\s\u202f\u00a0]+/g, " ").trim();

async function openClermont(page: import("@playwright/test").Page) {
  await page.goto("/projets?q=Michelin");
  await page.getByRole("link", { name: /Pérennisation du Réseau International des Villes Michelin/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Pérennisation du Réseau International");
}

test("the Clermont-Ferrand project shows all 29 funding rows with the right totals", async ({ page }) => {
  await openClermont(page);
  const table = page.locator("#financement ~ * table, section[aria-labelledby=financement] table").first();
  await expect(table.locator("caption")).toContainText("29 lignes de financement");
  const y2020 = normalise(await table.locator("tfoot [data-year='2020']").innerText());
  const y2021 = normalise(await table.locator("tfoot [data-year='2021']").innerText());
  const total = normalise(await table.locator("tfoot [data-total='all']").innerText());
  // Sums of the fiche's rows: 2020 and 2021 (see seeds/001_…), and both together.
  expect(y2020).toBe("473 397 €");
  expect(y2021).toBe("906 997 €");
  expect(total).toBe("1 380 394 €");
  await expect(table.getByText("500 928 €").first()).toBeVisible();
});

test("the project page shows partners, contacts with mailto links, the source, and sharing metadata", async ({
  page,
}) => {
  await openClermont(page);
  await expect(page.getByRole("link", { name: "Cuneo", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "monica.arnaudo@comune.cuneo.it" })).toHaveAttribute(
    "href",
    "mailto:monica.arnaudo@comune.cuneo.it",
  );
  await expect(page.getByText("Ambassade de France à Tokyo")).toBeVisible();
  // Shared links show the thematic and the partners, not a generic text.
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description).toMatch(/Aménagement du territoire et transports · .*Cuneo/);
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain("Michelin");
  const source = await page.getByRole("link", { name: "Voir la fiche source" }).getAttribute("href");
  const raw = await page.request.get(source!);
  expect(await raw.text()).toContain("Réseau International des Villes Michelin");
  await expectNoSeriousViolations(page);
});

test("an unknown project gives a French 404 page", async ({ page }) => {
  const response = await page.goto("/projets/nexiste-pas-000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});
