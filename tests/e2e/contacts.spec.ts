import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

const postCard = (page: Page, name: string) => page.locator(`article[data-post="${name}"]`);

test("typing « Vaillant » finds Sarah VAILLANT, correspondent of the Ottawa post", async ({ page }) => {
  await page.goto("/contacts");
  await page.getByLabel("Nom, courriel, fonction, poste, pays ou collectivité").fill("Vaillant");
  await expect(page).toHaveURL(/[?&]q=Vaillant/);
  await expect(page.locator("article[data-post]")).toHaveCount(1);
  const ottawa = postCard(page, "Ambassade de France à Ottawa");
  const correspondent = ottawa.locator('[data-role="correspondent"]');
  await expect(correspondent).toContainText("Sarah VAILLANT");
  await expect(correspondent).toContainText("à jour de 2022");
  await expect(correspondent.getByRole("link", { name: "sarah.vaillant@diplomatie.gouv.fr" })).toHaveAttribute(
    "href",
    "mailto:sarah.vaillant@diplomatie.gouv.fr",
  );
  await expect(page.getByText(/1 poste diplomatique/)).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the URL is the state: a shared link gives the same results, typos included", async ({ page }) => {
  await page.goto("/contacts?q=vailant");
  await expect(postCard(page, "Ambassade de France à Ottawa").locator('[data-role="correspondent"]')).toContainText(
    "Sarah VAILLANT",
  );
  await expect(page.getByLabel("Nom, courriel, fonction, poste, pays ou collectivité")).toHaveValue("vailant");
  await page.goto("/contacts?country=IT");
  await expect(page.getByLabel("Pays", { exact: true })).toHaveValue("IT");
  await expect(page.getByRole("link", { name: "Cuneo", exact: true })).toHaveAttribute(
    "href",
    "/collectivites/cuneo-it",
  );
  await expect(page.getByText("Monica Arnaudo", { exact: true })).toBeVisible();
});

test("the Tokyo post shows as vacant, with its project, not hidden", async ({ page }) => {
  await page.goto("/contacts");
  const tokyo = postCard(page, "Ambassade de France à Tokyo");
  await expect(tokyo).toBeVisible();
  await expect(tokyo.getByText("Poste vacant", { exact: true })).toBeVisible();
  await expect(tokyo.locator('[data-role="correspondent"]')).toContainText("poste vacant");
  await expect(tokyo.locator('[data-role="counsellor"]')).toContainText("poste vacant");
  await expect(tokyo.getByRole("link", { name: "Japon" })).toHaveAttribute("href", "/pays/JP");
  await expectNoSeriousViolations(page);
});

test("a person's vCard and the filtered CSV download", async ({ page }) => {
  await page.goto("/contacts?q=Vaillant");
  const vcardHref = await page.getByRole("link", { name: "vCard de Sarah VAILLANT" }).getAttribute("href");
  const vcard = await page.request.get(vcardHref!);
  expect(vcard.status()).toBe(200);
  expect(vcard.headers()["content-type"]).toContain("text/vcard");
  const text = await vcard.text();
  expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  expect(text).toContain("FN:Sarah VAILLANT\r\n");
  const csvHref = await page.getByRole("link", { name: "CSV" }).getAttribute("href");
  expect(csvHref).toContain("q=Vaillant");
  const csv = await (await page.request.get(csvHref!)).text();
  expect(csv.trim().split("\n")).toHaveLength(3); // header + Sarah VAILLANT + Stéphane CATTA
});

test("garbage in the URL gives an empty result or a 4xx, never a 500", async ({ page }) => {
  for (const qs of ["q=%25%25", "q=%00", `q=${"x".repeat(500)}`, "country=ZZZ", "country=12&q=%5C"]) {
    const response = await page.goto(`/contacts?${qs}`);
    expect(response?.status(), qs).toBe(200);
  }
  await page.goto("/contacts?q=zzzzqqq");
  await expect(page.getByText("Aucun contact ne correspond à cette recherche.")).toBeVisible();
  expect((await page.request.get("/api/contacts/export?format=zip")).status()).toBe(400);
  expect((await page.request.get("/api/contacts/export?format=csv&q=%00")).status()).toBe(200);
  expect((await page.request.get("/api/contacts/vcard/nobody")).status()).toBe(404);
  expect((await page.request.get("/api/contacts/vcard/embassy-99999999")).status()).toBe(404);
});

test("the directory fits a 375 px screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/contacts");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
