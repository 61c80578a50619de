import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "../axe";
import { countriesByProjects, count } from "./corpus-db";

/** The map on the generated corpus (issue 14.4): hundreds of places, clusters everywhere. */
const MAP = ".leaflet-container";
const clusters = (page: Page) => page.locator(".leaflet-marker-icon.atlas-cluster");
const markers = (page: Page) => page.locator(".leaflet-marker-icon.atlas-marker");
const tableRows = (page: Page) => page.locator("#tableau-lieux ~ div table tbody tr");

async function openMap(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator(`${MAP}[data-map-ready="true"]`)).toBeVisible();
}

const clusterSizes = (page: Page) =>
  clusters(page)
    .locator('span[aria-hidden="true"]')
    .allInnerTexts()
    .then((t) => t.map(Number));

/** Places drawn: single markers plus the places inside each cluster. */
const placesDrawn = async (page: Page) =>
  (await markers(page).count()) + (await clusterSizes(page)).reduce((a, b) => a + b, 0);

/** Placed collectivités in at least one project: what the map shows unfiltered. */
const PLACED = `SELECT count(DISTINCT c.id) AS n FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
  WHERE c.lat IS NOT NULL`;

test("/carte draws every placed collectivité, grouped into clusters", async ({ page }) => {
  const placed = await count(PLACED);
  await openMap(page, "/carte");
  await expect(page.locator(MAP)).toHaveAttribute("data-map-places", String(placed));
  expect(await placesDrawn(page)).toBe(placed);
  expect(Math.max(...(await clusterSizes(page)))).toBeGreaterThan(10);
});

test("keyboard: Enter on a cluster zooms in; Enter on a marker opens its popup, Escape closes it", async ({ page }) => {
  await openMap(page, "/carte");
  const sizes = await clusterSizes(page);
  const biggest = Math.max(...sizes);
  const cluster = clusters(page).filter({ has: page.locator(`span[aria-hidden="true"]:text-is("${biggest}")`) });
  await expect(cluster.first()).toHaveAccessibleName(`Groupe de ${biggest} lieux : activer pour zoomer`);
  await cluster.first().focus();
  await page.keyboard.press("Enter");
  await expect.poll(async () => Math.max(0, ...(await clusterSizes(page)))).toBeLessThan(biggest);

  // A single marker: the least busy country's view has few enough places to show some alone.
  const rare = (await countriesByProjects()).at(-1)!;
  await openMap(page, `/carte?country=${rare.code}`);
  const marker = page.getByRole("button", { name: new RegExp(`, ${rare.name}`) }).first();
  await marker.focus();
  await page.keyboard.press("Enter");
  const popup = page.locator(".leaflet-popup");
  await expect(popup.getByRole("link").first()).toBeFocused();
  await expect(popup.locator('a[href^="/projets/"]').first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(popup).toHaveCount(0);
  await expect(marker).toBeFocused();
});

test("a country filter keeps that country's partners and their French side", async ({ page }) => {
  const [busiest] = await countriesByProjects();
  const foreign = await count(
    `SELECT count(DISTINCT c.id) AS n FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
      WHERE c.lat IS NOT NULL AND c.side = 'foreign' AND c.country_code = $1`,
    [busiest.code],
  );
  const french = await count(
    `SELECT count(DISTINCT c.id) AS n FROM collectivite c JOIN project_partner pp ON pp.collectivite_id = c.id
       JOIN project p ON p.id = pp.project_id
      WHERE c.lat IS NOT NULL AND c.side = 'french' AND $1 = ANY(p.country_codes)`,
    [busiest.code],
  );
  expect(french).toBeGreaterThan(0);
  await openMap(page, `/carte?country=${busiest.code}`);
  await expect(page.locator(MAP)).toHaveAttribute("data-map-places", String(foreign + french));
  expect(await placesDrawn(page)).toBe(foreign + french);
  // The table comes a page at a time: the French side is in it, not only on the map.
  await expect(tableRows(page).filter({ hasText: "Collectivité française" }).first()).toBeVisible();
  await expect(page.getByLabel("Zoomer sur un pays")).toHaveValue(busiest.code);
});

for (const width of [1280, 375]) {
  test(`at ${width} px /carte passes axe, places and countries views`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await openMap(page, "/carte");
    await expectNoSeriousViolations(page);
    await page.getByLabel("les pays (nombre de projets)").check();
    await expectNoSeriousViolations(page);
  });
}
