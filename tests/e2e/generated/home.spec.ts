import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "../axe";
import { count, countriesByProjects, rows } from "./corpus-db";

/** The first contact, the home page, on the generated corpus (issue 14.5). */
const numberIn = (text: string) => Number(text.replace(/\D/g, ""));

test("the home page counts the corpus's projects and countries, and its links agree", async ({ page }) => {
  const projects = await count("SELECT count(*) AS n FROM project");
  const countries = (await countriesByProjects()).length;
  await page.goto("/");
  expect(numberIn(await page.locator('[data-figure="projects"]').innerText())).toBe(projects);
  expect(numberIn(await page.locator('[data-figure="countries"]').innerText())).toBe(countries);
  await page.locator('[data-figure="projects"]').click();
  await expect(page).toHaveURL(/\/projets/);
  await expect.poll(async () => numberIn(await page.locator("#resultats").innerText())).toBe(projects);
});

test("a collectivité is found from the home page by its name, accents and case aside", async ({ page }) => {
  const [french] = await rows<{ display_name: string }>(
    `SELECT c.display_name FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
      WHERE c.side = 'french' GROUP BY c.id ORDER BY count(*) DESC, c.slug LIMIT 1`,
  );
  const typed = french.display_name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  await page.goto("/");
  await page.getByRole("combobox", { name: "Nom de la collectivité" }).fill(typed);
  await page.getByRole("button", { name: "Voir", exact: true }).click();
  await expect(page).toHaveURL(/\/collectivites\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(french.display_name);
});

for (const width of [1280, 375]) {
  test(`at ${width} px the home page passes axe and nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await expectNoSeriousViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}
