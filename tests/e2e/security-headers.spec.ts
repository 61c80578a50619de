import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { watchPolicyComplaints } from "./policy-complaints";

/**
 * Every kind of page, under the real Content-Security-Policy: the headers are there, nothing
 * is refused (a refused script or style is reported in the console and as a
 * `securitypolicyviolation` event), and the pages still work: hydrated, map drawn, charts styled.
 */

const MICHELIN = /Pérennisation du Réseau International des Villes Michelin/;

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
    expect(headers["permissions-policy"]).toContain(`${feature}=()`);
  }
}

/** A page's policy: a nonce for scripts, no eval, no inline script, not embeddable. */
function expectPagePolicy(response: Response | null): string {
  expect(response, "no response").not.toBeNull();
  const headers = response!.headers();
  expectCommonHeaders(headers);
  const policy = headers["content-security-policy"];
  expect(policy).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/]+=*'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toMatch(/script-src [^;]*unsafe-inline/);
  return policy;
}

function expectResourcePolicy(response: Response | APIResponse) {
  const headers = response.headers();
  expectCommonHeaders(headers);
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

/** Slugs of a real project, one of its partner collectivités and its partner's country. */
async function findPages(page: Page) {
  await page.goto("/projets");
  const project = await page.getByRole("link", { name: MICHELIN }).getAttribute("href");
  await page.goto(project!);
  const collectivite = await page.locator('main a[href^="/collectivites/"]').first().getAttribute("href");
  const country = await page.locator('main a[href^="/pays/"]').first().getAttribute("href");
  return { project: project!, collectivite: collectivite!, country: country! };
}

test("every page type carries the security headers and loads without a policy violation", async ({ page }) => {
  test.setTimeout(120_000);
  const { project, collectivite, country } = await findPages(page);
  const complaints = watchPolicyComplaints(page);
  const pages = [
    "/",
    "/projets",
    "/projets?q=eau",
    project,
    "/carte",
    "/contacts",
    country,
    collectivite,
    "/statistiques",
  ];
  const nonces = new Set<string>();
  for (const url of pages) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    nonces.add(/'nonce-([^']+)'/.exec(expectPagePolicy(response))![1]);
    // Hydrated: React has attached its fibers to the server-rendered DOM.
    await expect
      .poll(
        () => page.locator("main").evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber$"))),
        url,
      )
      .toBe(true);
    await page.waitForLoadState("networkidle");
  }
  expect(nonces.size, "a fresh nonce per page").toBe(pages.length);

  const missing = await page.goto("/projets/nexiste-pas-000000");
  expect(missing?.status()).toBe(404);
  expectPagePolicy(missing);
  await page.waitForLoadState("networkidle");

  const source = await page.goto(`${project}/source`);
  expect(source?.status()).toBe(200);
  expectResourcePolicy(source!);
  await expect(page.locator("body")).toContainText("Réseau International des Villes Michelin");

  expect(complaints).toEqual([]);
});

test("API routes and the 400 answer to a malformed escape carry the headers", async ({ request }) => {
  for (const url of ["/api/projects?q=eau", "/api/map", "/api/map/base?v=1", "/api/contacts/export"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expectResourcePolicy(response);
  }
  const malformed = await request.get("/pays/%E0%A4%A");
  expect(malformed.status()).toBe(400);
  expectResourcePolicy(malformed);
});

test("under the policy, /carte draws its base map and markers", async ({ page }) => {
  const complaints = watchPolicyComplaints(page);
  const baseMap = page.waitForResponse((response) => response.url().includes("/api/map/base"));
  await page.goto("/carte");
  expect((await baseMap).status()).toBe(200);
  const map = page.locator('.leaflet-container[data-map-ready="true"]');
  await expect(map).toBeVisible();
  await expect.poll(() => map.locator(".leaflet-marker-icon").count()).toBeGreaterThan(0);
  // The offline base layer: land painted on one canvas from /api/map/base.
  const land = map.locator(".leaflet-overlay-pane canvas").first();
  await expect
    .poll(() =>
      land.evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
        return painted;
      }),
    )
    .toBeGreaterThan(1000);
  // Leaflet's stylesheet applies (the panes are absolutely placed).
  expect(await map.locator(".leaflet-map-pane").evaluate((el) => getComputedStyle(el).position)).toBe("absolute");
  expect(complaints).toEqual([]);
});

test("under the policy, the charts are drawn and styled by Plot's own stylesheet", async ({ page }) => {
  const complaints = watchPolicyComplaints(page);
  await page.goto("/statistiques");
  const chart = page.locator("figure svg[class^='plot-']").first();
  await expect(chart).toBeVisible();
  expect(await page.locator("figure svg[class^='plot-'] rect").count()).toBeGreaterThan(0);
  // This custom property comes only from the <style> Plot puts in its markup: it ran under the nonce.
  expect(await chart.evaluate((el) => getComputedStyle(el).getPropertyValue("--plot-background").trim())).toBe("white");
  expect(complaints).toEqual([]);
});

test("under the policy, the search page is hydrated: typing updates the URL", async ({ page }) => {
  const complaints = watchPolicyComplaints(page);
  await page.goto("/projets");
  await page.getByRole("searchbox", { name: "Rechercher un projet" }).fill("Montreal");
  await expect(page).toHaveURL(/q=Montreal/);
  await expect(page.getByRole("heading", { level: 2, name: /^2 projets$/ })).toBeVisible();
  expect(complaints).toEqual([]);
});
