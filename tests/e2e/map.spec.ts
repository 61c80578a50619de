import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./axe";

const CLERMONT_PROJECT = /Pérennisation du Réseau International des Villes Michelin/;
const MAP = ".leaflet-container";
const placeMarkers = (page: Page) => page.locator(".leaflet-marker-icon.atlas-marker");
const clusters = (page: Page) => page.locator(".leaflet-marker-icon.atlas-cluster");
const tableRows = (page: Page) => page.locator("#tableau-lieux ~ div table tbody tr");

async function openMap(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator(`${MAP}[data-map-ready="true"]`)).toBeVisible();
}

/** Places drawn: single markers plus the places inside each cluster. */
async function placesOnMap(page: Page): Promise<number> {
  const counts = await clusters(page).locator('span[aria-hidden="true"]').allInnerTexts();
  return (await placeMarkers(page).count()) + counts.reduce((sum, n) => sum + Number(n), 0);
}

async function biggestCluster(page: Page): Promise<number> {
  const labels = await clusters(page).locator('span[aria-hidden="true"]').allInnerTexts();
  return Math.max(0, ...labels.map(Number));
}

test("/carte draws the 33 foreign and 3 French collectivités, and the table lists the same places", async ({
  page,
}) => {
  await openMap(page, "/carte");
  await expect(page.locator(MAP)).toHaveAttribute("data-map-places", "36");
  await expect(page.locator(MAP)).toHaveAttribute("aria-label", "Carte des collectivités partenaires");
  expect(await placesOnMap(page)).toBe(36);
  expect(Number(await page.evaluate(() => document.documentElement.dataset.mapRenderMs))).toBeGreaterThan(0);

  await expect(tableRows(page)).toHaveCount(36);
  await expect(tableRows(page).filter({ hasText: "Partenaire étranger" })).toHaveCount(33);
  await expect(tableRows(page).filter({ hasText: "Collectivité française" })).toHaveCount(3);
  const tableNames = (await tableRows(page).locator("th").allInnerTexts()).map((n) => n.trim()).sort();
  const api = await (await page.request.get("/api/map")).json();
  expect([...api.n].sort()).toEqual(tableNames);
  // The approximate placement says so, in the table as on the map.
  const borough = tableRows(page).filter({ hasText: "Rosemont" });
  await expect(borough).toContainText("Ville de rattachement");
  await expect(page.locator(".atlas-marker--approx, .atlas-cluster").first()).toBeVisible();
});

test("clicking a cluster breaks it up; the Cuneo marker's popup links to the Clermont-Ferrand project", async ({
  page,
}) => {
  await openMap(page, "/carte");
  const biggest = await biggestCluster(page);
  expect(biggest).toBeGreaterThan(1);
  await clusters(page)
    .filter({ has: page.locator(`span[aria-hidden="true"]:text-is("${biggest}")`) })
    .click();
  // Zoomed into its bounds: its places now show as smaller groups and single markers.
  await expect.poll(() => biggestCluster(page)).toBeLessThan(biggest);
  await expect.poll(() => placeMarkers(page).count()).toBeGreaterThan(0);

  await openMap(page, "/carte?country=IT");
  const cuneo = page.getByRole("button", { name: /^Cuneo, Italie/ });
  await cuneo.click();
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toContainText("Cuneo");
  await expect(popup).toContainText("1 projet");
  await expect(popup.getByRole("link", { name: CLERMONT_PROJECT })).toHaveAttribute(
    "href",
    /^\/projets\/perennisation-/,
  );
});

test("?country=ES keeps the Spanish partners and their French partners, and fits the map to them", async ({ page }) => {
  const all = await (await page.request.get("/api/map")).json();
  const es = all.cc.indexOf("ES");
  const spanish = all.k.filter((k: number) => k === es).length;
  expect(spanish).toBeGreaterThan(1);
  const filtered = await (await page.request.get("/api/map?country=ES")).json();
  const places = filtered.i.length;
  expect(places).toBeGreaterThan(spanish); // the French side stays
  await openMap(page, "/carte?country=ES");
  await expect(page.locator(MAP)).toHaveAttribute("data-map-places", String(places));
  expect(await placesOnMap(page)).toBe(places);
  await expect(tableRows(page)).toHaveCount(places);
  await expect(tableRows(page).filter({ hasText: "Espagne" })).toHaveCount(spanish);
  await expect(tableRows(page).filter({ hasText: "Collectivité française" })).toHaveCount(places - spanish);
  await expect(page.getByLabel("Zoomer sur un pays")).toHaveValue("ES");
  // Fitted to Spain: its places no longer fall into one world-scale group.
  expect((await placeMarkers(page).count()) + (await clusters(page).count())).toBeGreaterThan(1);
});

test("the country selector and the list/map links keep the other filters", async ({ page }) => {
  await openMap(page, "/carte?from=2015");
  await page.getByLabel("Zoomer sur un pays").selectOption("IT");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/\/carte\?(?=.*from=2015)(?=.*country=IT)/);
  // Cuneo and its French partner, Clermont-Ferrand.
  await expect(page.locator(`${MAP}[data-map-ready="true"]`)).toHaveAttribute("data-map-places", "2");
  await expect(page.getByRole("link", { name: "Voir en liste" })).toHaveAttribute(
    "href",
    /^\/projets\?(?=.*country=IT)(?=.*from=2015)/,
  );
  // A filter link of the sidebar redraws the map in place.
  await page
    .getByRole("complementary", { name: "Filtres" })
    .getByRole("link", { name: /Espagne/ })
    .filter({ visible: true })
    .first()
    .click();
  await expect(page).toHaveURL(/country=ES/);
  await expect(page.locator(`${MAP}[data-map-ready="true"]`)).toHaveAttribute("data-map-places", /^[1-9]/);
  await page.goto("/projets?country=ES");
  await expect(page.getByRole("link", { name: "Voir sur la carte" })).toHaveAttribute("href", "/carte?country=ES");
});

test("no request leaves 127.0.0.1 while the map loads", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol))
      outside.push(request.url());
  });
  await openMap(page, "/carte");
  await page.waitForLoadState("load");
  await page.getByLabel("les pays (nombre de projets)").check();
  // "networkidle" never comes while Next prefetches the many filter links on a loaded machine;
  // a quiet second after the last interaction covers the base layer and choropleth fetches.
  await page.waitForTimeout(1000);
  expect(outside).toEqual([]);
});

test("keyboard: markers and clusters are focusable buttons that open or zoom", async ({ page }) => {
  await openMap(page, "/carte?country=IT");
  const cuneo = page.getByRole("button", { name: /^Cuneo, Italie/ });
  await cuneo.focus();
  await page.keyboard.press("Enter");
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toContainText("Cuneo");
  // Focus moves into the popup, on its first link; Escape closes it and goes back to the marker.
  await expect(popup.getByRole("link", { name: "Cuneo" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(popup).toHaveCount(0);
  await expect(cuneo).toBeFocused();

  await openMap(page, "/carte");
  const biggest = await biggestCluster(page);
  const cluster = clusters(page).filter({ has: page.locator(`span[aria-hidden="true"]:text-is("${biggest}")`) });
  await expect(cluster).toHaveAttribute("tabindex", "0");
  await expect(cluster).toHaveAccessibleName(`Groupe de ${biggest} lieux : activer pour zoomer`);
  await cluster.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => biggestCluster(page)).toBeLessThan(biggest);
  await expect(page.getByRole("button", { name: "Zoom avant" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Zoom arrière" })).toBeVisible();
});

test("the country view colours countries by project count, with a table", async ({ page }) => {
  await openMap(page, "/carte");
  await page.getByLabel("les pays (nombre de projets)").check();
  const table = page.getByRole("region", { name: "Projets par pays partenaire" });
  await expect(table.getByRole("row", { name: /Espagne/ })).toContainText("1");
  await expect(table.getByRole("row", { name: /Canada/ })).toContainText("2");
  await expect(clusters(page)).toHaveCount(0);
});

test("the base layer is a cached static JSON, not part of the page's JavaScript", async ({ page }) => {
  const base = await page.request.get("/api/map/base?v=1");
  expect(base.headers()["cache-control"]).toContain("max-age=31536000");
  const world = await base.json();
  expect(world.features.length).toBeGreaterThan(235);
  const data = await page.request.get("/api/map?country=ES");
  expect(data.headers()["cache-control"]).toContain("max-age");
  expect((await page.request.get("/api/map?country=%%%&from=abc")).status()).toBe(200);
});

test("a project page shows its partners on the same map", async ({ page }) => {
  await page.goto("/projets");
  await page.getByRole("link", { name: CLERMONT_PROJECT }).first().click();
  const section = page.locator("section", { has: page.locator("#carte-partenaires") });
  await expect(section.locator(`${MAP}[data-map-ready="true"]`)).toHaveAttribute("data-map-places", "32");
});

test("axe: no serious or critical violations on /carte", async ({ page }) => {
  await openMap(page, "/carte");
  await expectNoSeriousViolations(page);
  await page.getByLabel("les pays (nombre de projets)").check();
  await expectNoSeriousViolations(page);
});

test("a popup fetches its place's projects and stays whole inside the map", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openMap(page, "/carte?country=IT");
  const details = page.waitForRequest((request) => /\/api\/map\/places\/\d+\?country=IT$/.test(request.url()));
  await page.getByRole("button", { name: /^Cuneo, Italie/ }).click();
  await details;
  const popup = page.locator(".leaflet-popup");
  await expect(popup.getByRole("link", { name: CLERMONT_PROJECT })).toBeVisible();
  // Leaflet pans the map so the whole popup shows.
  await expect
    .poll(async () => {
      const [box, map] = [await popup.boundingBox(), await page.locator(MAP).boundingBox()];
      return (
        !!box &&
        !!map &&
        box.y >= map.y &&
        box.x >= map.x &&
        box.x + box.width <= map.x + map.width &&
        box.y + box.height <= map.y + map.height
      );
    })
    .toBe(true);
});

test("a cluster click zooms to where it splits, not to the maximum zoom", async ({ page }) => {
  await openMap(page, "/carte");
  const before = Number(await page.locator(MAP).getAttribute("data-map-zoom"));
  const biggest = await biggestCluster(page);
  await clusters(page)
    .filter({ has: page.locator(`span[aria-hidden="true"]:text-is("${biggest}")`) })
    .click();
  await expect.poll(() => biggestCluster(page)).toBeLessThan(biggest);
  const after = Number(await page.locator(MAP).getAttribute("data-map-zoom"));
  expect(after).toBeGreaterThan(before);
  expect(after).toBeLessThan(10);
});

test("/carte sends one page of the places table, and /api/map no project lists", async ({ page }) => {
  const html = await (await page.request.get("/carte?lignes=9")).text();
  expect(html.length).toBeLessThan(400_000);
  const api = await (await page.request.get("/api/map")).json();
  expect(api.v).toBe(2);
  expect(JSON.stringify(api)).not.toContain("/projets");
  const place = await (await page.request.get(`/api/map/places/${api.i[0]}`)).json();
  expect(place.projects.length).toBeGreaterThan(0);
  expect((await page.request.get("/api/map/places/999999999")).status()).toBe(404);
  expect((await page.request.get("/api/map/places/abc")).status()).toBe(404);
});

test("axe: no serious or critical violations on /carte at 375 px", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openMap(page, "/carte");
  await expectNoSeriousViolations(page);
});
