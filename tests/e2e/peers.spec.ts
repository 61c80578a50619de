import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

/** The « Réseau » section of a collectivité's page, on the seeds (peers on a corpus: tests/integration/peers-corpus.test.ts). */

const section = (page: Page) =>
  page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Réseau" }) });

test("the Clermont-Ferrand page lists its 31 direct partners in the network section and links to its network", async ({
  page,
}) => {
  await page.goto("/collectivites/clermont-ferrand-fr");
  const network = section(page);
  await expect(network.getByRole("heading", { level: 3, name: "Partenaires directs (31)" })).toBeVisible();
  const partners = network.getByRole("list", { name: "Partenaires directs (31)" }).getByRole("listitem");
  await expect(partners).toHaveCount(31);
  const cuneo = partners.filter({ hasText: "Cuneo" });
  await expect(cuneo).toHaveText("Cuneo (Italie) · 1 projet commun");
  await expect(cuneo.getByRole("link", { name: "Cuneo" })).toHaveAttribute("href", /^\/collectivites\/[^/]*cuneo/i);
  // No other French collectivité of the seeds shares a partner, or a country and a theme, with it.
  await expect(network.getByText("Aucune autre collectivité française n'a de partenaire")).toBeVisible();

  const toGraph = network.getByRole("link", { name: "Voir Clermont-Ferrand dans le graphe du réseau" });
  await expect(toGraph).toHaveAttribute("href", /^\/reseau\?french=\d+$/);
  await toGraph.click();
  // Its project: Clermont-Ferrand and its 31 partners, one link each.
  await expect(page.getByText("32 collectivités · 31 liens")).toBeVisible({ timeout: 30_000 });
});

test("a foreign collectivité's network section has its partners and no peers", async ({ page }) => {
  await page.goto("/collectivites/clermont-ferrand-fr");
  await section(page).getByRole("link", { name: "Cuneo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cuneo");
  const network = section(page);
  // Everyone of its one project: Clermont-Ferrand and the 30 other foreign partners.
  await expect(network.getByRole("heading", { level: 3, name: "Partenaires directs (31)" })).toBeVisible();
  await expect(network.getByRole("link", { name: "Clermont-Ferrand", exact: true })).toHaveAttribute(
    "href",
    "/collectivites/clermont-ferrand-fr",
  );
  await expect(network.getByText(/graphe du réseau|agissent comme/)).toHaveCount(0);
});

for (const width of [1280, 375]) {
  test(`axe: no serious or critical violations on the Clermont-Ferrand page at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/collectivites/clermont-ferrand-fr");
    await expect(section(page)).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
