import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/**
 * The widgets framed by another site: a tiny HTTP server on another port serves a page with the
 * embed code the atlas hands out, Chromium loads it. Only the widgets may be framed.
 */

const ROMANS = /Projet d'action internationale de Romans/;

function hostPage(html: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(html);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() }),
    ),
  );
}

test("the country page hands out embed code; another site frames the widget and sees the projects and the map", async ({
  page,
  baseURL,
}) => {
  await page.goto("/pays/TN");
  const section = page
    .getByRole("region", { name: "Intégrer sur votre site" })
    .or(page.locator("section:has(#integrer)"));
  const code = page.getByRole("textbox", { name: "Code d'intégration" });
  await expect(code).toHaveValue(new RegExp(`<iframe src="${baseURL}/integrer/pays/TN"`));
  await expect(section.getByRole("button", { name: "Copier le code" })).toBeVisible();
  const partner = await page.locator('a[href^="/collectivites/"]').first().getAttribute("href");
  const embed = await code.inputValue();

  const host = await hostPage(`<!doctype html><title>Site d'une collectivité</title><h1>Nos partenariats</h1>
    ${embed.replace("<iframe ", '<iframe id="pays" ')}
    <iframe id="collectivite" src="${baseURL}/integrer${partner}" width="100%" height="480"></iframe>`);
  try {
    await page.goto(host.url);
    const widget = page.frameLocator("#pays");
    const project = widget.getByRole("link", { name: ROMANS });
    await expect(project).toBeVisible();
    await expect(project).toHaveAttribute("target", "_blank");
    await expect(project).toHaveAttribute("rel", "noopener");
    // No site header inside the frame.
    await expect(widget.getByRole("banner")).toHaveCount(0);
    const map = widget.locator('.leaflet-container[data-map-ready="true"]');
    await expect(map).toBeVisible();
    await expect.poll(() => map.locator(".leaflet-marker-icon").count()).toBeGreaterThan(0);

    const other = page.frameLocator("#collectivite");
    await expect(other.getByRole("link", { name: ROMANS })).toBeVisible();
    await expect(other.locator(".leaflet-container")).toBeVisible();
  } finally {
    host.close();
  }
});

test("framing any other page is refused", async ({ page, baseURL }) => {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  const host = await hostPage(`<!doctype html><title>Autre site</title>
    <iframe id="page" src="${baseURL}/pays/TN" width="600" height="400"></iframe>
    <iframe id="search" src="${baseURL}/projets" width="600" height="400"></iframe>`);
  try {
    await page.goto(host.url);
    await expect.poll(() => refusals.length).toBeGreaterThanOrEqual(2);
    await expect(page.frameLocator("#page").getByRole("heading", { name: "Tunisie" })).toHaveCount(0);
    await expect(page.frameLocator("#search").getByRole("heading", { name: /Projets de coopération/ })).toHaveCount(0);
  } finally {
    host.close();
  }
});

test("the search page links its Atom feed, and the widget answers with frame-ancestors *", async ({
  page,
  request,
}) => {
  await page.goto("/projets?country=TN");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/projets\/flux\.atom\?country=TN$/,
  );
  const subscribe = page.getByRole("link", { name: "S'abonner" });
  await expect(subscribe).toHaveAttribute("href", "/projets/flux.atom?country=TN");
  const feed = await request.get("/projets/flux.atom?country=TN");
  expect(feed.headers()["content-type"]).toMatch(/application\/atom\+xml/);
  expect(await feed.text()).toMatch(ROMANS);
  const widget = await request.get("/integrer/pays/TN");
  expect(widget.headers()["content-security-policy"]).toContain("frame-ancestors *");
  const other = await request.get("/pays/TN");
  expect(other.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});
