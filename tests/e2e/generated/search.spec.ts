import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "../axe";
import { contrastOf } from "../contrast";
import { count, countriesByProjects, rows } from "./corpus-db";

/** Search and filters on the generated corpus (issue 14.2): many values, many pages. */
const results = (page: Page) => page.locator("ol li.result");
const facet = (page: Page, title: string) =>
  page.locator("#filtres section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
/** The number the results heading announces ("1 234 projets", French spaces and all). */
const announced = async (page: Page) =>
  Number((await page.locator("h2#resultats").innerText()).split("projet")[0].replace(/\D/g, ""));

test("filter chips sit above the results, each removing its own value, and the counts follow", async ({ page }) => {
  const [busiest] = await countriesByProjects();
  const [{ from, to }] = await rows<{ from: number; to: number }>(
    // The middle half of the start years: a range that leaves some projects out on both sides.
    `SELECT percentile_disc(0.25) WITHIN GROUP (ORDER BY start_year) AS from,
            percentile_disc(0.75) WITHIN GROUP (ORDER BY start_year) AS to FROM project`,
  );
  const inRange = "start_year BETWEEN $1 AND $2";
  await page.goto(`/projets?country=${busiest.code}&from=${from}&to=${to}`);
  const chips = page.getByRole("navigation", { name: "Filtres actifs" });
  const countryChip = chips.getByRole("link", { name: `Retirer le filtre Pays du partenaire : ${busiest.name}` });
  await expect(countryChip).toBeVisible();
  await expect(chips.getByRole("link", { name: `Retirer le filtre Année de début : ${from} – ${to}` })).toBeVisible();
  expect((await chips.boundingBox())!.y).toBeLessThan((await results(page).first().boundingBox())!.y);
  expect(await announced(page)).toBe(
    await count(`SELECT count(*) AS n FROM project WHERE $3 = ANY(country_codes) AND ${inRange}`, [
      from,
      to,
      busiest.code,
    ]),
  );
  await countryChip.click();
  await expect(page).not.toHaveURL(/country=/);
  await expect
    .poll(() => announced(page))
    .toBe(await count(`SELECT count(*) AS n FROM project WHERE ${inRange}`, [from, to]));
});

test("a long facet's filter box reaches a value too rare to be listed", async ({ page }) => {
  const countries = await countriesByProjects();
  expect(countries.length).toBeGreaterThan(20);
  const rare = countries.at(-1)!;
  await page.goto("/projets");
  const list = facet(page, "Pays du partenaire");
  const link = list.getByRole("link", { name: new RegExp(`^${rare.name}`) });
  await expect(link).toBeHidden();
  await page.getByRole("searchbox", { name: "Filtrer les valeurs : Pays du partenaire" }).fill(rare.name.slice(0, 5));
  await expect(link.first()).toBeVisible();
  await link.first().click();
  await expect(page).toHaveURL(new RegExp(`country=${rare.code}`));
  await expect.poll(() => announced(page)).toBe(rare.projects);
});

test("the start-year histogram has one bar per year, counted as in the database", async ({ page }) => {
  const years = await rows<{ year: number; n: number }>(
    "SELECT start_year AS year, count(*)::int AS n FROM project WHERE start_year IS NOT NULL GROUP BY 1 ORDER BY 1",
  );
  await page.goto("/projets");
  const bars = facet(page, "Année de début")
    .getByRole("list", { name: /Projets par année de début/ })
    .getByRole("link");
  await expect(bars).toHaveCount(years.length);
  const labels = await bars.evaluateAll((links) => links.map((a) => a.getAttribute("aria-label")));
  expect(labels).toEqual(years.map(({ year, n }) => `${year} : ${n} ${n > 1 ? "projets" : "projet"}`));
});

test("the skip link's Enter moves the focus to the results", async ({ page }) => {
  await page.goto("/projets", { waitUntil: "networkidle" });
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Aller aux résultats");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("liste-resultats");
});

test("pages: the last holds the remainder, and a page past the end links back to it", async ({ page }) => {
  const total = await count("SELECT count(*) AS n FROM project");
  await page.goto("/projets");
  const perPage = await results(page).count();
  expect(total).toBeGreaterThan(perPage);
  const last = Math.ceil(total / perPage);
  await page.goto("/projets?page=9999");
  await expect(
    page.getByText(`La page 9999 est au-delà de la dernière page de ces résultats (${last}).`),
  ).toBeVisible();
  await page.getByRole("link", { name: `Aller à la dernière page (${last})` }).click();
  await expect(page).toHaveURL(new RegExp(`page=${last}$`));
  await expect(results(page)).toHaveCount(total - (last - 1) * perPage);
  // The current page's number and the buttons are readable (axe leaves these to "needs review").
  const current = page.getByRole("navigation", { name: "Pagination" }).locator('a[aria-current="page"]');
  await expect(current).toHaveText(new RegExp(`${last}$`));
  expect(await contrastOf(current)).toBeGreaterThanOrEqual(4.5);
  for (const button of await page.locator("main button").all())
    if (await button.isVisible())
      expect(await contrastOf(button), await button.innerText()).toBeGreaterThanOrEqual(4.5);
});

for (const width of [1280, 375]) {
  test(`at ${width} px the search pages pass axe, filtered and paged`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const [busiest] = await countriesByProjects();
    for (const url of ["/projets", `/projets?country=${busiest.code}&page=2`, "/projets?more=country"]) {
      await page.goto(url);
      await expectNoSeriousViolations(page);
    }
  });
}
