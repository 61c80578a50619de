import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

const CANVAS = '[data-testid="network-canvas"]';
const linkRows = (page: Page) => page.locator("#liens-titre ~ div table tbody tr");

/** Opens the page and records every Content-Security-Policy violation it reports. */
async function openNetwork(page: Page, url: string): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(url);
  await expect(page.locator(`${CANVAS}[data-drawn="true"]`)).toBeAttached({ timeout: 30_000 });
  return violations;
}

test("/reseau draws the 36 collectivités and 33 links of the seeds, with the layout worker, under the CSP", async ({
  page,
}) => {
  const violations = await openNetwork(page, "/reseau");
  await expect(page.getByText("36 collectivités · 33 liens")).toBeVisible();
  await expect(page.locator(`${CANVAS} canvas`).first()).toBeVisible();
  // The ForceAtlas2 worker started (a blob: worker, allowed by worker-src) and the page can stop it.
  await expect(page.getByRole("button", { name: "Figer la disposition" })).toBeVisible();
  await page.getByRole("button", { name: "Figer la disposition" }).click();
  await expect(page.getByRole("button", { name: "Reprendre la disposition" })).toBeVisible();
  expect(violations).toEqual([]);
  await expect(linkRows(page)).toHaveCount(33);
  await expectNoSeriousViolations(page);
});

test("the search box centres a collectivité; hover shows its counts and a click opens its page", async ({ page }) => {
  await openNetwork(page, "/reseau");
  await page.getByRole("button", { name: "Figer la disposition" }).click();
  await page.getByLabel("Trouver une collectivité").fill("cuneo");
  await page.getByRole("button", { name: /^Cuneo \(IT\) · 1 projet · 1 lien$/ }).click();
  await expect(page.getByRole("link", { name: "Voir la page de Cuneo" })).toBeVisible();
  // The camera centres the chosen node: hover the middle of the canvas.
  await page.waitForTimeout(800); // the camera's 500 ms animation
  const box = (await page.locator(CANVAS).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText("Cuneo (IT) · 1 projet · 1 lien", { exact: true }).last()).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/collectivites\/[^/]*cuneo/i);
});

test("?country=TN links Romans sur Isère and El Jem only; the table is reachable by keyboard", async ({ page }) => {
  await openNetwork(page, "/reseau?country=TN");
  await expect(page.getByText("2 collectivités · 1 lien")).toBeVisible();
  await expect(linkRows(page)).toHaveCount(1);
  await expect(linkRows(page).first()).toContainText("Romans sur Isère");
  await expect(linkRows(page).first()).toContainText("El Jem");
  const api = await (await page.request.get("/api/network?country=TN")).json();
  expect(api.n.map((n: unknown[]) => n[2]).sort()).toEqual(["El Jem", "Romans sur Isère"]);
  expect(api.e).toEqual([[0, 1, 1]]);

  // The skip link in the introduction leads the keyboard to the table of links.
  await page.getByRole("link", { name: "Aller au tableau des liens" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Romans sur Isère");
});
