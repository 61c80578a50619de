import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

for (const width of [1280, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("/postes lists the posts with their vacant roles, and leads to the Tunis post's dashboard", async ({
      page,
    }) => {
      await page.goto("/postes");
      await expect(page.getByRole("heading", { level: 1, name: "Postes diplomatiques" })).toBeVisible();
      const tokyo = page.locator('tr[data-post="Ambassade de France à Tokyo"]');
      await expect(tokyo.locator("[data-vacant]")).toContainText("Correspondant coopération décentralisée");
      await expectNoSeriousViolations(page);
      await page.getByRole("link", { name: "AMBASSADE DE FRANCE A TUNIS" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "AMBASSADE DE FRANCE A TUNIS" })).toBeVisible();
      await expect(page.getByRole("rowheader", { name: "Pierre-Yves SONALET" })).toBeVisible();
      await expect(page.getByRole("link", { name: /Romans/ }).first()).toBeVisible();
      const vcard = await page.request.get((await page.getByRole("link", { name: /vCard/ }).getAttribute("href"))!);
      expect(vcard.status()).toBe(200);
      expect(await vcard.text()).toContain("FN:Pierre-Yves SONALET");
      await expectNoSeriousViolations(page);
    });

    test("/contacts filters vacant posts, finds by function, and offers no export for an empty selection", async ({
      page,
    }) => {
      await page.goto("/contacts");
      await page.getByRole("link", { name: "Postes vacants (3)" }).click();
      await expect(page).toHaveURL(/vacants=1/);
      await expect(page.locator("article[data-post]")).toHaveCount(3);
      await expectNoSeriousViolations(page);
      await page.goto("/contacts?q=correspondant");
      await expect(page.locator('article[data-post="Ambassade de France à Ottawa"]')).toBeVisible();
      await page.goto("/contacts?q=zzzzzzzz");
      await expect(page.getByRole("link", { name: "vCard" })).toHaveCount(0);
      await expect(page.getByText("Rien à exporter")).toBeVisible();
    });
  });
}
